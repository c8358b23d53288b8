import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { baseLinks, headingLinks } from '../../src/lib/markdown/heading-links.ts';
import { headingIds, headingsOf } from '../../src/lib/checker/headings.ts';

async function render(markdown: string, anchors: Record<string, string> = {}, base = '/') {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [baseLinks(base), headingLinks()], data: { astro: { frontmatter: { anchors } } } as never });
  return html.trim();
}

describe('heading links plugin', () => {
  it('wraps an h2 with a self-link whose accessible name says what it links to', async () => {
    expect(await render('## Why buy together')).toMatchInlineSnapshot(
      `"<div class="heading-wrapper"><h2 id="why-buy-together">Why buy together</h2><a class="heading-link" href="#why-buy-together" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: Why buy together</span></a></div>"`,
    );
  });

  it('gives repeated headings the ids github-slugger gives them', async () => {
    const html = await render('## Steps\n\n## Steps');
    expect(html).toContain('id="steps"');
    expect(html).toContain('id="steps-1"');
  });

  it('adds no self-link to h5 and h6, which are too small to cite', async () => {
    expect(await render('##### Small')).toBe('<h5 id="small">Small</h5>');
  });

  it('renders an alias from frontmatter anchors as an empty element with the old id inside the current heading', async () => {
    const html = await render('## Why buying together helps', { 'why-we-buy': 'why-buying-together-helps' });
    expect(html).toContain('<h2 id="why-buying-together-helps"><span id="why-we-buy" class="anchor-alias"></span>Why buying together helps</h2>');
  });

  it('prefixes the base path to site paths, and leaves external, relative and fragment links alone', async () => {
    const html = await render('[a](/toolbox/x/) [b](https://example.org/) [c](../y/) [d](#z) ![i](/images/p.svg)', {}, '/knowledge-factory/');
    expect(html).toContain('href="/knowledge-factory/toolbox/x/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="../y/"');
    expect(html).toContain('href="#z"');
    expect(html).toContain('src="/knowledge-factory/images/p.svg"');
  });

  it('lets the checker see the same ids the build gives, smart punctuation included', async () => {
    const body = "## Don't -- stop\n\n### `code` here\n\n## Steps\n\n## Steps";
    const built = [...(await render(body)).matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    expect(await headingIds(body)).toEqual(built);
    expect((await headingsOf(body))[1]).toEqual({ depth: 3, slug: built[1], text: 'code here' });
  });
});
