/**
 * The renderer against the pipeline it replaced. tests/fixtures/render/equivalence.json
 * holds, for every entry of the real site at commit 5c07bd6 (the last build
 * that compiled bodies with @astrojs/mdx), the body, its anchors and glossary,
 * and the <main> element of the page that build produced. Rendering each body
 * now must give HTML found verbatim in that page: same ids, self-links,
 * aliases, <abbr>, smart punctuation and escaping, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher, type AbbrTerm } from '../../src/lib/glossary-marking.ts';

interface Snapshot {
  glossary: AbbrTerm[];
  entries: { file: string; anchors: Record<string, string>; body: string; before: string }[];
}

const snapshot = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/render/equivalence.json'), 'utf8'),
) as Snapshot;
const glossary = glossaryMatcher(snapshot.glossary);

describe('equivalence with the @astrojs/mdx rendering', () => {
  it('covers every page of the real site at that commit', () => {
    expect(snapshot.entries.length).toBe(49);
  });

  for (const entry of snapshot.entries) {
    it(`renders ${entry.file} exactly as the old build did`, () => {
      const { html, problems, headings } = renderBody(entry.body, { base: '/', anchors: entry.anchors, glossary });
      expect(problems).toEqual([]);
      // The headings the table of contents lists are the ones the old page carries.
      for (const heading of headings) expect(entry.before).toContain(`<h${heading.depth} id="${heading.slug}">`);
      expect(html.length).toBeGreaterThan(entry.body.length / 2);
      // Table names and column labels (render/tables.ts) were added after that build; the rest is unchanged.
      const tableless = html.replace(/(<table) aria-labelledby="[^"]*"/g, '$1').replace(/ data-label="[^"]*"/g, '');
      expect(entry.before.includes(tableless), 'the rendered body is not found verbatim in the old page').toBe(true);
    });
  }
});

/**
 * The components, against what their .astro versions rendered (built from
 * commit 5c07bd6 with every component and prop in one page; data-astro-cid
 * attributes left out, as the styles are now global).
 */
describe('equivalence of the components with their Astro versions', () => {
  it('renders each component and its props as the Astro component did', () => {
    const body = readFileSync(join(process.cwd(), 'tests/fixtures/render/components.mdx'), 'utf8');
    const before = readFileSync(join(process.cwd(), 'tests/fixtures/render/components.before.html'), 'utf8');
    const { html, problems } = renderBody(body, { base: '/', glossary: glossaryMatcher([]) });
    expect(problems).toEqual([]);
    expect(html).toBe(before);
  });
});

describe('components in their neutral form, for the comparison with @astrojs/mdx', () => {
  const neutral = { base: '/', glossary: glossaryMatcher([]), components: 'neutral' } as const;

  it('writes a component as one element naming it, with its props as written (keys in order) around its content', () => {
    const { html, problems } = renderBody(
      '<Callout type="tip" title="Before you start">\n\nRead *this*.\n\n</Callout>',
      neutral,
    );
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<kf-component data-name="Callout" data-props="{&quot;title&quot;:&quot;Before you start&quot;,&quot;type&quot;:&quot;tip&quot;}"><p>Read <em>this</em>.</p></kf-component>',
    );
  });

  it('keeps a number prop a number and a component without content empty', () => {
    const { html } = renderBody('<Figure src="/favicon.svg" alt="Logo" width={640} />', neutral);
    expect(html).toBe(
      '<kf-component data-name="Figure" data-props="{&quot;alt&quot;:&quot;Logo&quot;,&quot;src&quot;:&quot;/favicon.svg&quot;,&quot;width&quot;:640}"></kf-component>',
    );
  });

  it('still refuses what the templates refuse: a wrong prop, content a component does not take', () => {
    const wrongProp = renderBody('<Callout type="danger">\n\nText.\n\n</Callout>', neutral);
    expect(wrongProp.problems.map((p) => p.message)).toEqual([
      'type="danger" is not a Callout type; use one of: note, tip, warning',
    ]);
    const bulletSteps = renderBody('<Steps>\n\n- one\n- two\n\n</Steps>', neutral);
    expect(bulletSteps.problems.map((p) => p.field)).toEqual(['mdx:component-props']);
    expect(bulletSteps.html).toBe('');
  });

  it('is only a form: the site renders from the templates unless asked', () => {
    const { html } = renderBody('<Callout>\n\nText.\n\n</Callout>', { base: '/', glossary: glossaryMatcher([]) });
    expect(html).toContain('<div class="callout callout-note" role="note">');
    expect(html).not.toContain('kf-component');
  });
});
