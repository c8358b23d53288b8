/**
 * The build's handle on the search indexer's thread (pagefind-worker.ts):
 * pages are posted to it as they are rendered, and the main thread waits only
 * when the indexer falls too far behind, so memory stays bounded.
 */
import { Worker } from 'node:worker_threads';
import type { AcronymTerm } from '../lib/search/acronyms.ts';
import type { CustomSearchRecord } from '../lib/search/records.ts';
import type { FromIndexer, ToIndexer } from './pagefind-worker.ts';

/** Pages posted and not yet handed to Pagefind before rendering waits: a few MB of HTML. */
const IN_FLIGHT = 128;

export class IndexerThread {
  private readonly worker: Worker;
  private readonly result: Promise<{ pages: number; records: number }>;
  private sent = 0;
  private taken = 0;
  private wake: (() => void) | undefined;

  constructor(terms: readonly AcronymTerm[]) {
    this.worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: { terms } });
    // Held only while the build waits for it, so a build that fails elsewhere is never kept alive by it.
    this.worker.unref();
    this.result = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromIndexer) => {
        if (message.kind === 'taken') {
          this.taken += message.count;
          this.wake?.();
        } else if (message.kind === 'done') resolve({ pages: message.pages, records: message.records });
        else reject(new Error(message.message));
      });
      this.worker.on('error', reject);
      this.worker.on('exit', (code) => reject(new Error(`the search indexer stopped early (exit code ${code})`)));
    });
    // Reported by add() or finish(), whichever the build is in.
    this.result.catch(() => undefined);
  }

  private post(message: ToIndexer): void {
    this.worker.postMessage(message);
  }

  /** `url` without the base: `/toolbox/pcp/`. */
  async add(url: string, html: string): Promise<void> {
    this.post({ kind: 'page', url, html });
    this.sent++;
    if (this.sent - this.taken < IN_FLIGHT) return;
    this.worker.ref();
    try {
      while (this.sent - this.taken >= IN_FLIGHT)
        await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), this.result]);
    } finally {
      this.worker.unref();
    }
  }

  /** Indexes what the feed did not bring, adds the records and writes the bundle; then the thread ends. */
  async finish(outDir: string, bundle: string, records: CustomSearchRecord[], unused: string[]) {
    this.worker.ref();
    this.post({ kind: 'finish', outDir, bundle, records, unused });
    try {
      return await this.result;
    } finally {
      await this.worker.terminate();
    }
  }

  /** Ends the thread without writing anything. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
