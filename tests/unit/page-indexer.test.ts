import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PageIndexer } from '../../src/integrations/page-indexer.ts';

const entryPage = (title: string) =>
  `<!doctype html><html><body><main><h1>${title}</h1><p>About PCP.</p><div hidden data-pagefind-ignore><span data-pagefind-filter="type">Guide</span></div></main></body></html>`;
const listing = '<!doctype html><html><body><main><h1>All guides</h1></main></body></html>';

/** Records what Pagefind is handed; `failOn` answers with an error for that address. */
function fakeIndex(failOn?: string) {
  const added: { url: string; content: string }[] = [];
  return {
    added,
    addHTMLFile: async (file: { url?: string; content: string }) => {
      added.push({ url: file.url ?? '', content: file.content });
      return { errors: file.url === failOn ? ['broken'] : [], file: { url: file.url ?? '', meta: {} } } as never;
    },
  };
}

const dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kf-indexer-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const PCP = { id: 'pcp', term: 'PCP', expansion: 'pre-commercial procurement' };

describe('PageIndexer', () => {
  it('indexes each detail page once, whether the feed or the disk brings it, and skips listings', async () => {
    const index = fakeIndex();
    const indexer = new PageIndexer(index, [PCP]);
    await indexer.add('/toolbox/pcp/', entryPage('Fed while rendering'));
    const dir = site({
      'toolbox/pcp/index.html': entryPage('The same page on disk'),
      'toolbox/ppi/index.html': entryPage('Only on disk'),
      'toolbox/index.html': listing,
      'pagefind/x.html': entryPage('Pagefind’s own file'),
    });
    expect(await indexer.finish(dir)).toBe(2);
    expect(index.added.map((page) => page.url).sort()).toEqual(['/toolbox/pcp/', '/toolbox/ppi/']);
    expect(index.added.find((page) => page.url === '/toolbox/pcp/')?.content).toContain('Fed while rendering');
  });

  it('hands Pagefind the other half of each glossary pair the page names, as hidden metadata', async () => {
    const index = fakeIndex();
    const indexer = new PageIndexer(index, [PCP]);
    await indexer.add('/toolbox/pcp/', entryPage('Buying research'));
    await indexer.finish(site({}));
    expect(index.added[0]?.content).toMatch(/data-pagefind-meta="aliases">[^<]*pre-commercial procurement/);
  });

  it('fails the build, naming the page, when Pagefind refuses one', async () => {
    const indexer = new PageIndexer(fakeIndex('/toolbox/bad/'), []);
    await indexer.add('/toolbox/bad/', entryPage('Refused'));
    await expect(indexer.finish(site({}))).rejects.toThrow('Pagefind could not index /toolbox/bad/: broken');
  });

  it('fails the build, naming the page, when Pagefind rejects a page instead of answering', async () => {
    const indexer = new PageIndexer({ addHTMLFile: () => Promise.reject(new Error('Pagefind backend closed')) }, []);
    await indexer.add('/toolbox/cut/', entryPage('Cut off'));
    await expect(indexer.finish(site({}))).rejects.toThrow(
      'Pagefind could not index /toolbox/cut/: Pagefind backend closed',
    );
  });

  it('waits for the pages in flight before reporting that the build could not be read', async () => {
    // Pagefind's close() rejects every page still queued: the worker closes it once finish() settles,
    // so finish() must not settle while a page is in flight, even when it fails.
    let answer: (() => void) | undefined;
    const index = {
      addHTMLFile: () =>
        new Promise<never>((resolve) => {
          answer = () => resolve({ errors: [], file: { url: '/toolbox/slow/', meta: {} } } as never);
        }),
    };
    const indexer = new PageIndexer(index, []);
    await indexer.add('/toolbox/slow/', entryPage('Slow'));
    let settled = false;
    const finished = indexer.finish(join(tmpdir(), 'kf-indexer-missing', String(process.pid))).finally(() => {
      settled = true;
    });
    finished.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    answer?.();
    await expect(finished).rejects.toThrow(/ENOENT/);
  });
});
