import { describe, expect, it } from 'vitest';
import { asPrintedSections, demoteHeadings, prefixIds } from '../../src/lib/print-document.ts';
import { publishedAnchors } from '../../src/pipeline/checker/manifest.ts';

describe('prefixIds', () => {
  it('prefixes every id and the in-page links that point at them', () => {
    const html = '<h2 id="steps">Steps</h2><a href="#steps">Steps</a>';
    expect(prefixIds(html, 'needs')).toBe('<h2 id="needs--steps">Steps</h2><a href="#needs--steps">Steps</a>');
  });

  it('prefixes each id of a list in ARIA references and label targets', () => {
    const html = '<figure aria-labelledby="a b"><label for="c">x</label></figure>';
    expect(prefixIds(html, 'g')).toBe('<figure aria-labelledby="g--a g--b"><label for="g--c">x</label></figure>');
  });

  it('leaves links to other pages and text that looks like an attribute alone', () => {
    const html = '<a href="/toolbox/tender/#steps">see id="x"</a><a href="https://example.org/#top">y</a>';
    expect(prefixIds(html, 'g')).toBe(html);
  });

  it('gives two guides with the same section ids distinct ids in one document', () => {
    const body = '<h2 id="pitfalls">Pitfalls</h2>';
    const ids = [prefixIds(body, 'a'), prefixIds(body, 'b')].join('').match(/id="[^"]+"/g);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('demoteHeadings', () => {
  it('moves every heading one level down, opening and closing tags alike', () => {
    expect(demoteHeadings('<div class="heading-wrapper"><h2 id="a">A</h2></div><h3>B</h3>')).toBe(
      '<div class="heading-wrapper"><h3 id="a">A</h3></div><h4>B</h4>',
    );
  });

  it('keeps h6 as h6 and leaves other tags that start with h alone', () => {
    expect(demoteHeadings('<h6>F</h6><hr><header>x</header>')).toBe('<h6>F</h6><hr><header>x</header>');
  });
});

describe('asPrintedSections', () => {
  const body =
    '<div class="heading-wrapper"><h2 id="purpose">Purpose</h2><a class="heading-link" href="#purpose" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: Purpose</span></a></div><span id="old" class="anchor-alias"></span><p><a href="#purpose">see</a></p>';

  it('drops the section self-links, which paper cannot follow, and keeps other links', () => {
    const printed = asPrintedSections(body);
    expect(printed).not.toContain('heading-link');
    expect(printed).toContain('<a href="#purpose">see</a>');
  });

  it('leaves no mark of a published anchor, so the copies never join the list of addresses the site must keep', () => {
    expect(publishedAnchors(asPrintedSections(body))).toEqual([]);
    expect(publishedAnchors(body)).toEqual(['old', 'purpose']);
  });
});
