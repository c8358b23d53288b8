/**
 * The comparison itself: what it treats as the same rendering, and that each
 * deliberate difference is undone only where the site's feature wrote it.
 * Site renderings come from the renderer, so a feature that changes its markup
 * fails here as well as in the differential test.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';
import { structure } from './structure.ts';
import type { RenderSettings } from './deliberate-differences.ts';

const GLOSSARY = [{ term: 'JP', expansion: 'Joint Procurement' }];
const settings: RenderSettings = { base: '/kf/', anchors: { 'old-scope': 'scope' }, glossary: GLOSSARY };

/** The body as the site renders it with `settings`, then as the comparison sees it. */
function siteStructure(body: string): string {
  const rendered = renderBody(body, { ...settings, glossary: glossaryMatcher(GLOSSARY) });
  expect(rendered.problems).toEqual([]);
  return structure(rendered.html, 'site', settings);
}

const same = (a: string, b: string) => structure(a, 'reference', settings) === structure(b, 'reference', settings);

describe('what the comparison treats as the same HTML', () => {
  it('ignores attribute order, quoting and how a character is escaped', () => {
    expect(same(`<a title='it&#39;s' href="/x">a &amp; b</a>`, `<a href=/x title="it's">a &#38; b</a>`)).toBe(true);
  });

  it('ignores line breaks between and inside blocks, but not a space between words or inline elements', () => {
    expect(same('<ul>\n<li>\n<p>one</p>\n</li>\n</ul>\n<p>two</p>', '<ul><li><p>one</p></li></ul><p>two</p>')).toBe(
      true,
    );
    expect(same('<p><em>a</em> <strong>b</strong></p>', '<p><em>a</em><strong>b</strong></p>')).toBe(false);
    expect(same('<p>a b</p>', '<p>a  b</p>')).toBe(false);
  });

  it('keeps every character inside <pre>', () => {
    expect(same('<pre><code>a\n</code></pre>', '<pre><code>a</code></pre>')).toBe(false);
  });

  it('reads a style the same with or without spaces, and a boolean attribute bare or "true"', () => {
    expect(same('<td style="text-align: left;">a</td>', '<td style="text-align:left">a</td>')).toBe(true);
    expect(same('<section data-footnotes="true"></section>', '<section data-footnotes></section>')).toBe(true);
    expect(same('<td style="text-align:right">a</td>', '<td style="text-align:left">a</td>')).toBe(false);
    expect(same('<abbr title="true">a</abbr>', '<abbr title>a</abbr>')).toBe(false);
  });

  it('tells apart a different element, attribute, value or text', () => {
    expect(same('<p><em>a</em></p>', '<p><strong>a</strong></p>')).toBe(false);
    expect(same('<h2 id="a">A</h2>', '<h2 id="a-1">A</h2>')).toBe(false);
    expect(same('<a href="/x">a</a>', '<a href="/x" title="x">a</a>')).toBe(false);
    expect(same('<p>“a”</p>', '<p>"a"</p>')).toBe(false);
  });
});

describe('deliberate differences, undone where the site wrote them', () => {
  it('heading self-links: an h2–h4 without its wrapper and link', () => {
    expect(siteStructure('## Scope')).toBe(structure('<h2 id="scope">Scope</h2>', 'reference', settings));
    expect(siteStructure('###### Small')).toBe(structure('<h6 id="small">Small</h6>', 'reference', settings));
  });

  it('heading self-links: a wrapper whose link leads elsewhere, or in the reference, is kept', () => {
    const elsewhere =
      '<div class="heading-wrapper"><h2 id="a">A</h2><a class="heading-link" href="#b"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: A</span></a></div>';
    expect(structure(elsewhere, 'site', settings)).toContain('heading-wrapper');
    const own = elsewhere.replace('#b', '#a');
    expect(structure(own, 'site', settings)).not.toContain('heading-wrapper');
    expect(structure(own, 'reference', settings)).toContain('heading-wrapper');
  });

  it("anchor aliases: the entry's old ids go, an id it does not name stays", () => {
    expect(siteStructure('## Scope')).not.toContain('old-scope');
    const stray = '<h2 id="scope"><span id="other" class="anchor-alias"></span>Scope</h2>';
    expect(structure(stray, 'site', settings)).toContain('other');
  });

  it('glossary abbreviations: a term with its expansion is text again, on either side; another title stays', () => {
    expect(siteStructure('A JP needs partners.')).toBe(structure('<p>A JP needs partners.</p>', 'reference', settings));
    expect(same('<p>A <abbr title="Joint Procurement">JP</abbr>.</p>', '<p>A JP.</p>')).toBe(true);
    expect(same('<p>A <abbr title="Jet Propulsion">JP</abbr>.</p>', '<p>A JP.</p>')).toBe(false);
  });

  it('base paths: a site path loses the base, an address elsewhere keeps its own', () => {
    expect(siteStructure('[a](/guides/) [b](https://example.org/kf/x)')).toBe(
      structure('<p><a href="/guides/">a</a> <a href="https://example.org/kf/x">b</a></p>', 'reference', settings),
    );
  });

  it('table names and column labels: caption back to its paragraph, aria-labelledby and data-label gone', () => {
    const table = '| A | B |\n| - | - |\n| 1 | 2 |';
    const plain =
      '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
    expect(siteStructure(`## T\n\n${table}`)).toBe(structure(`<h2 id="t">T</h2>${plain}`, 'reference', settings));
    expect(siteStructure(`Table: Shares\n\n${table}`)).toBe(
      structure(`<p>Table: Shares</p>${plain}`, 'reference', settings),
    );
    const mislabelled =
      '<table aria-labelledby="nowhere"><tbody><tr><th>A</th></tr><tr><td data-label="B">1</td></tr></tbody></table>';
    expect(structure(mislabelled, 'site', settings)).toContain('aria-labelledby="nowhere"');
    expect(structure(mislabelled, 'site', settings)).toContain('data-label="B"');
  });

  it('search weight of folded text: gone from the site’s <details>, other weights stay', () => {
    expect(siteStructure('<details>\n<summary>More</summary>\n\nText.\n\n</details>')).toBe(
      structure('<details><summary>More</summary><p>Text.</p></details>', 'reference', settings),
    );
    expect(structure('<details data-pagefind-weight="2"></details>', 'site', settings)).toContain('weight');
  });
});
