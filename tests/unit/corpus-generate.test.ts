import { describe, expect, it } from 'vitest';
import { collectionSizes, generateCorpus, seededRandom } from '../../scripts/lib/corpus/generate.ts';
import { readContent } from '../../src/pipeline/read.ts';
import { validateEntries } from '../../src/pipeline/validate.ts';
import { collections } from '../../src/schemas/index.ts';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function validate(files: { path: string; content: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'kf-corpus-test-'));
  try {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.content);
    }
    const read = readContent(dir);
    return [...read.problems, ...validateEntries(read.entries).problems];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('generateCorpus', () => {
  it('passes the content validator', () => {
    expect(validate(generateCorpus({ entries: 120, seed: 3, pages: ['about', 'join'] }))).toEqual([]);
  });

  it('writes the file of every list collection, so a generated site is whole', () => {
    const paths = new Set(generateCorpus({ entries: 30, seed: 1 }).map((file) => file.path));
    const lists = Object.values(collections).flatMap((spec) => (spec.kind === 'list' ? [spec.path] : []));
    expect(lists.length).toBeGreaterThan(0);
    for (const path of lists) expect(paths, path).toContain(path);
  });

  it('gives the same files for the same size and seed, and other files for another seed', () => {
    const a = generateCorpus({ entries: 30, seed: 1 });
    expect(generateCorpus({ entries: 30, seed: 1 })).toEqual(a);
    expect(generateCorpus({ entries: 30, seed: 2 })).not.toEqual(a);
  });

  it('writes guides of 800 to 1,500 words with headings, GFM tables, lists and cross-references', () => {
    const guides = generateCorpus({ entries: 50 }).filter((file) => file.path.startsWith('guides/'));
    for (const guide of guides) {
      const body = guide.content.split('\n---\n')[1] ?? '';
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(800);
      expect(words).toBeLessThanOrEqual(1700);
      expect(body).toMatch(/^## /m);
    }
    const all = guides.map((g) => g.content).join('\n');
    expect(all).toMatch(/^\| --- \| --- \| --- \|$/m);
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/\]\(\/toolbox\/guide-\d+\/\)/);
  });

  it('has exactly the requested number of entries, in proportion', () => {
    const sizes = collectionSizes(1000);
    expect(sizes).toEqual({ guides: 400, examples: 250, events: 150, segments: 100, contacts: 100 });
    const entries = generateCorpus({ entries: 1000 }).filter((f) =>
      /^(guides|examples|events|segments|contacts)\//.test(f.path),
    );
    expect(entries).toHaveLength(1000);
  });

  it('writes only guides when asked, as many as entries, still valid', () => {
    const files = generateCorpus({ entries: 30, seed: 2, guidesOnly: true, pages: ['about'] });
    const entries = files.filter((f) => /^(guides|examples|events|segments|contacts)\//.test(f.path));
    expect(entries).toHaveLength(30);
    expect(entries.every((f) => f.path.startsWith('guides/'))).toBe(true);
    expect(files.map((f) => f.content).join('\n')).not.toMatch(/\/examples\//);
    expect(validate(files)).toEqual([]);
  });

  it('writes the free-standing pages it is asked for', () => {
    expect(generateCorpus({ entries: 10, pages: ['about'] }).map((f) => f.path)).toContain('pages/about.mdx');
  });
});

describe('seededRandom', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
