/**
 * Runs the content check on a worker thread, so a build's check and Astro's own
 * start (its Vite server, type generation) use both cores instead of taking
 * turns. The same checkContent as `npm run check`; only where it runs differs.
 */
import { Worker } from 'node:worker_threads';
import type { CheckOptions, CheckResult } from './index.ts';
import type { ValidEntry } from '../validate.ts';

/**
 * Problems are located by the check itself, inside the thread; after it, nothing reports a problem with an entry's
 * fields, so entries come back locating every field at the start of their file.
 */
const AT_START = () => ({ line: 1, column: 1 });

export function checkInThread(contentDir: string, options: CheckOptions): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./thread-worker.ts', import.meta.url), { workerData: { contentDir, options } });
    worker.once('message', (result: Omit<CheckResult, 'entries'> & { entries: Omit<ValidEntry, 'locate'>[] }) =>
      resolve({ ...result, entries: result.entries.map((entry) => ({ ...entry, locate: AT_START }) as ValidEntry) }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the content check stopped before it finished (exit code ${code})`));
    });
  });
}
