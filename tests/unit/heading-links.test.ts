import { describe, expect, it } from 'vitest';
import { headingIds, headingsOf } from '../../src/pipeline/checker/headings.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';

function render(markdown: string, anchors: Record<string, string> = {}, base = '/') {
  const result = renderBody(markdown, { base, anchors, glossary: glossaryMatcher([]) });
  expect(result.problems).toEqual([]);
  return result.html.trim();
}

describe('heading links', () => {
  it('wraps an h2 with a self-link whose accessible name says what it links to', () => {
    expect(render('## Why buy together')).toBe(
      '<div class="heading-wrapper"><h2 id="why-buy-together">Why buy together</h2><a class="heading-link" href="#why-buy-together" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: Why buy together</span></a></div>',
    );
  });

  it('gives repeated headings the ids github-slugger gives them', () => {
    const html = render('## Steps\n\n## Steps');
    expect(html).toContain('id="steps"');
    expect(html).toContain('id="steps-1"');
  });

  it("adds no self-link to the footnotes' label, which only screen readers read", () => {
    const html = render('Text.[^1]\n\n[^1]: A note.');
    expect(html).toMatch(/<h2 class="sr-only" id="footnote-label">Footnotes<\/h2>/);
    expect(html).not.toContain('href="#footnote-label"');
  });

  it('adds no self-link to h5 and h6, which are too small to cite', () => {
    expect(render('##### Small')).toBe('<h5 id="small">Small</h5>');
  });

  it('renders an alias from frontmatter anchors as an empty element with the old id inside the current heading', () => {
    const html = render('## Why buying together helps', { 'why-we-buy': 'why-buying-together-helps' });
    expect(html).toContain(
      '<h2 id="why-buying-together-helps"><span id="why-we-buy" class="anchor-alias"></span>Why buying together helps</h2>',
    );
  });

  it('prefixes the base path to site paths, and leaves external and fragment links alone', () => {
    const html = render(
      '[a](/toolbox/x/) [b](https://example.org/) [d](#z) ![i](/images/p.svg)',
      {},
      '/knowledge-factory/',
    );
    expect(html).toContain('href="/knowledge-factory/toolbox/x/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#z"');
    expect(html).toContain('src="/knowledge-factory/images/p.svg"');
  });

  it('lets the checker see the same ids and headings the build gives, smart punctuation included', async () => {
    const body = "## Don't -- stop\n\n### `code` here\n\n## Steps\n\n## Steps";
    const built = [...render(body).matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    expect(built).toEqual(['dont--stop', 'code-here', 'steps', 'steps-1']);
    expect(await headingIds(body)).toEqual(built);
    expect((await headingsOf(body))[1]).toEqual({ depth: 3, slug: built[1], text: 'code here' });
    expect(renderBody(body, { base: '/', glossary: glossaryMatcher([]) }).headings.map((h) => h.slug)).toEqual(built);
  });
});
