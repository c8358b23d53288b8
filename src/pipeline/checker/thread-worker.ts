/**
 * The content check on a thread of its own (see thread.ts): runs
 * checkContent and sends back its result with the bodies it rendered.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CheckOptions } from './index.ts';

const { contentDir, options } = workerData as { contentDir: string; options: CheckOptions };
const { entries, problems, renderings } = await checkContent(contentDir, options);
// An entry's locate() is a function, which cannot cross threads; it only serves the check's own problem reports.
const sent = entries.map(({ locate: _locate, ...entry }) => entry);
parentPort?.postMessage({ entries: sent, problems, renderings });
