import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexerThread } from '../../src/integrations/pagefind-thread.ts';

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>Joint procurement of ${title}.</p><div hidden data-pagefind-ignore><span data-pagefind-filter="type">Guide</span></div></main></body></html>`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the search indexer thread', () => {
  it('indexes pages posted while rendering and pages found on disk, once each, and writes the bundle', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kf-indexer-thread-'));
    dirs.push(outDir);
    mkdirSync(join(outDir, 'toolbox/drones'), { recursive: true });
    mkdirSync(join(outDir, 'toolbox/radios'), { recursive: true });
    writeFileSync(join(outDir, 'toolbox/drones/index.html'), page('drones'));
    writeFileSync(join(outDir, 'toolbox/radios/index.html'), page('radios'));
    const thread = new IndexerThread([]);
    await thread.add('/toolbox/drones/', page('drones'));
    const bundle = join(outDir, 'pagefind');
    const record = {
      url: '/glossary/#pcp',
      content: 'Pre-commercial procurement',
      language: 'en' as const,
      meta: { title: 'PCP' },
      filters: {},
      sort: {},
    };
    const done = await thread.finish(outDir, bundle, [record], ['pagefind-ui.js']);
    expect(done).toEqual({ pages: 2, records: 1 });
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(3);
    expect(existsSync(join(bundle, 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
  });

  it('reports a failure in its thread as the build’s error', async () => {
    const missing = join(tmpdir(), 'kf-indexer-thread-missing', String(process.pid));
    const thread = new IndexerThread([]);
    await thread.add('/toolbox/drones/', page('drones'));
    await expect(thread.finish(missing, join(missing, 'pagefind'), [], [])).rejects.toThrow(/ENOENT/);
  });
});
