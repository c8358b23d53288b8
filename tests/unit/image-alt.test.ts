import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult } from 'satteri';
import { altProblem, requireImageAlt } from '../../src/lib/image-alt.ts';

describe('altProblem', () => {
  it('accepts an image with alt text', () => {
    expect(altProblem('Map of Europe', 'map.png', 'x.mdx')).toBeUndefined();
  });

  it('names the file and image when alt is missing or blank, with an example fix', () => {
    expect(altProblem(undefined, 'map.png', 'content/guides/x.mdx')).toBe(
      'content/guides/x.mdx: the image map.png has no alt text; describe what it shows, e.g. ![Map of the nine contact points](map.png)',
    );
    expect(altProblem('  ', 'map.png', 'x.mdx')).toMatch(/no alt text/);
  });
});

describe('requireImageAlt', () => {
  it('lets a Markdown image with alt text through', () => {
    expect((markdownToHtml('![A chart](chart.png)', { hastPlugins: [requireImageAlt] }) as MarkdownToHtmlResult).html).toContain('alt="A chart"');
  });

  it('fails on a Markdown image without alt text', () => {
    expect(() => markdownToHtml('![](chart.png)', { hastPlugins: [requireImageAlt] })).toThrow(/chart\.png has no alt text/);
  });

  it('fails on an img element without alt in MDX', () => {
    expect(() => mdxToJs('<img src="chart.png" />', { hastPlugins: [requireImageAlt] })).toThrow(/chart\.png has no alt text/);
  });

  it('lets an MDX img with alt through', () => {
    expect(() => mdxToJs('<img src="chart.png" alt="A chart" />', { hastPlugins: [requireImageAlt] })).not.toThrow();
  });
});
