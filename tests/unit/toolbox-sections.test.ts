import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertNoReservedGuideSlug,
  PRINT_PATH,
  RESERVED_GUIDE_SLUGS,
  sectionPath,
  stageAnchor,
  toolboxSections,
} from '../../src/lib/toolbox-sections.ts';

const guide = (id: string, phase: 'prepare' | 'tender', step: number, instruments: string[]) => ({
  id,
  data: { title: id, phase, step, instruments },
});
const guides = [
  guide('b', 'tender', 1, ['pcp']),
  guide('a', 'prepare', 2, ['jcbpp', 'pcp']),
  guide('c', 'prepare', 1, ['jcbpp']),
];

describe('toolboxSections', () => {
  it('gives the phases in the order a procurement runs, each by step, then the instruments in the given order', () => {
    const sections = toolboxSections(guides, ['pcp', 'ppi', 'jcbpp']);
    expect(sections.map((s) => [s.kind, s.key, s.guides.map((g) => g.id)])).toEqual([
      ['phase', 'prepare', ['c', 'a']],
      ['phase', 'tender', ['b']],
      ['instrument', 'pcp', ['b', 'a']],
      ['instrument', 'jcbpp', ['a', 'c']],
    ]);
  });
});

describe('sectionPath', () => {
  it('has two segments under /toolbox/, so it never clashes with a guide at /toolbox/<slug>/', () => {
    expect(sectionPath('phase', 'prepare')).toBe('/toolbox/phase/prepare/');
    expect(sectionPath('instrument', 'pcp')).toBe('/toolbox/instrument/pcp/');
    expect(sectionPath('phase', 'prepare').split('/').filter(Boolean)).toHaveLength(3);
  });
});

describe("slugs reserved for the toolbox's own pages", () => {
  it('reserves the slug of every fixed page beside the guides in src/pages/toolbox/, so no guide can take its address', () => {
    const fixed = readdirSync(join(process.cwd(), 'src/pages/toolbox'), { withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.astro') && !['index.astro', '[slug].astro'].includes(f.name))
      .map((f) => f.name.replace(/\.astro$/, ''));
    expect(fixed).toContain('print');
    for (const slug of fixed) expect(RESERVED_GUIDE_SLUGS).toContain(slug);
  });

  it("reserves the printable toolbox's address", () => {
    expect(RESERVED_GUIDE_SLUGS).toContain(PRINT_PATH.split('/').filter(Boolean).at(-1));
  });

  it('stops the build on a guide named after a fixed page, naming the file and how to fix it', () => {
    expect(() => assertNoReservedGuideSlug('print', 'content/guides/prepare/print.mdx')).toThrow(
      'content/guides/prepare/print.mdx: the slug "print" is taken by the toolbox\'s own page /toolbox/print/. Rename the file (for example to "print-guide.mdx")',
    );
  });

  it('lets every other slug through', () => {
    expect(() =>
      assertNoReservedGuideSlug('printing-tenders', 'content/guides/tender/printing-tenders.mdx'),
    ).not.toThrow();
  });
});

describe('stageAnchor', () => {
  it('keeps the published phase ids and calls reference guides cross-cutting as before', () => {
    expect([
      stageAnchor('prepare'),
      stageAnchor('tender'),
      stageAnchor('contract'),
      stageAnchor('overview'),
      stageAnchor(undefined),
    ]).toEqual(['prepare', 'tender', 'contract', 'overview', 'cross-cutting']);
  });
});
