/**
 * The site's renderer against `@astrojs/mdx`, the implementation it replaces:
 * every MDX body under the content root, read at run time (a new or changed
 * body is compared as soon as it is written), and the fixtures that use every
 * construct the renderer allows (tests/fixtures/render/*.mdx), rendered both
 * ways and compared as structure (html-structure.ts).
 *
 * The site renders with its own settings (glossary, the entry's anchors, a
 * base path) and writes components in their neutral form; `@astrojs/mdx`
 * renders the file as an Astro site would, with one generic component for
 * every component (mdx-reference.ts). Before comparing, the differences the
 * site makes on purpose are undone, each by its own narrow transform
 * (deliberate-differences.ts); any other difference fails, with the two
 * outlines' diff.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../../src/lib/config.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import { glossaryPairs } from '../../src/pipeline/glossary.ts';
import { anchorsOf, siteRenderContext } from '../../src/pipeline/render/context.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { renderWithAstroMdx } from './mdx-reference.ts';
import { structure } from './structure.ts';
import type { RenderSettings } from './deliberate-differences.ts';

/** A site published under a path, so that the base path is applied and compared too. */
const BASE = '/knowledge-factory/';

const { contentDir } = readConfig();
const { entries, problems } = validateContent(contentDir);
const glossary = glossaryPairs(entries);
const context = siteRenderContext(BASE, glossary);

interface Body {
  /** The file, relative to the project root. */
  file: string;
  /** The body as the site reads it (after the frontmatter). */
  body: string;
  anchors: Record<string, string>;
}

const FIXTURES = join('tests', 'fixtures', 'render');

const bodies: Body[] = [
  ...entries.flatMap((entry) =>
    entry.body === undefined ? [] : [{ file: entry.file, body: entry.body, anchors: anchorsOf(entry.data) }],
  ),
  // The fixtures have no frontmatter; an old id for a heading of each exercises the anchor aliases.
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      file: join(FIXTURES, name),
      body: readFileSync(join(FIXTURES, name), 'utf8'),
      anchors: { 'old-lists': 'lists', 'old-components': 'everything-content-may-use' },
    })),
];

describe('the site renders every body as @astrojs/mdx does', () => {
  it('reads a valid content root with bodies to compare', () => {
    expect(problems).toEqual([]);
    expect(bodies.filter((b) => b.file.startsWith(FIXTURES)).length).toBeGreaterThanOrEqual(2);
    expect(bodies.length).toBeGreaterThan(2);
  });

  for (const { file, body, anchors } of bodies) {
    it(file, async () => {
      const site = renderBody(body, { ...context, anchors, components: 'neutral' });
      expect(site.problems).toEqual([]);
      const reference = await renderWithAstroMdx(resolve(file));
      // The table of contents: the same headings, ids and text.
      expect(site.headings, `${file}: the headings (and so the table of contents) differ`).toEqual(reference.headings);
      const settings: RenderSettings = { base: BASE, anchors, glossary };
      expect(
        structure(site.html, 'site', settings),
        `${file}: the site's renderer (+, received) and @astrojs/mdx (-, expected) disagree; fix the renderer, or, for a difference the site makes on purpose, add its transform to tests/reference/deliberate-differences.ts`,
      ).toBe(structure(reference.html, 'reference', settings));
    });
  }
});
