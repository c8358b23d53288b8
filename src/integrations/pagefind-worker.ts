/**
 * The search indexer's own thread: it receives each rendered page from the
 * build's main thread, reads it (text, title, facets: htmlparser2) and hands
 * it to Pagefind, so none of that work holds up Astro's rendering. At the end
 * it indexes what the feed did not bring, adds the contact and glossary
 * records, and writes the bundle. Messages are handled one at a time, in the
 * order sent, which keeps the index reproducible.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { AcronymTerm } from '../lib/search/acronyms.ts';
import type { CustomSearchRecord } from '../lib/search/records.ts';
import { PageIndexer } from './page-indexer.ts';

export type ToIndexer =
  | { kind: 'page'; url: string; html: string }
  | { kind: 'finish'; outDir: string; bundle: string; records: CustomSearchRecord[]; unused: string[] };

export type FromIndexer =
  | { kind: 'taken'; count: number }
  | { kind: 'done'; pages: number; records: number }
  | { kind: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('pagefind-worker.ts runs as a worker thread');
const { terms } = workerData as { terms: AcronymTerm[] };

const started = createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  return { index, pages: new PageIndexer(index, terms) };
});

async function finish({
  outDir,
  bundle,
  records,
  unused,
}: Extract<ToIndexer, { kind: 'finish' }>): Promise<FromIndexer> {
  const { index, pages } = await started;
  const added = await pages.finish(outDir);
  for (const record of records) {
    const response = await index.addCustomRecord(record);
    if (response.errors.length > 0)
      throw new Error(`Pagefind could not index ${record.url}: ${response.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  for (const file of unused) rmSync(join(bundle, file), { force: true });
  return { kind: 'done', pages: added, records: records.length };
}

let queue: Promise<unknown> = Promise.resolve();
let failed = false;
port.on('message', (message: ToIndexer) => {
  queue = queue.then(async () => {
    if (failed) return;
    try {
      if (message.kind === 'page') {
        await (await started).pages.add(message.url, message.html);
        port.postMessage({ kind: 'taken', count: 1 } satisfies FromIndexer);
      } else {
        port.postMessage(await finish(message));
        await close();
      }
    } catch (error) {
      failed = true;
      port.postMessage({ kind: 'failed', message: (error as Error).message } satisfies FromIndexer);
      await close();
    }
  });
});
