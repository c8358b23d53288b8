import { describe, expect, it } from 'vitest';
import { altProblem } from '../../src/pipeline/render/image-alt.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';

const render = (body: string) => renderBody(body, { base: '/', glossary: glossaryMatcher([]) });

describe('altProblem', () => {
  it('accepts an image with alt text', () => {
    expect(altProblem('Map of Europe', 'map.png')).toBeUndefined();
  });

  it('names the image when alt is missing or blank, with an example fix', () => {
    expect(altProblem(undefined, '/images/map.png')).toEqual({
      message: 'the image /images/map.png has no alt text',
      hint: 'describe what it shows, e.g. ![Map of the nine contact points](/images/map.png)',
    });
    expect(altProblem('  ', 'map.png')?.message).toMatch(/no alt text/);
  });
});

describe('the image-alt rule in the renderer', () => {
  it('lets a Markdown image with alt text through', () => {
    expect(render('![A chart](/images/chart.png)').html).toContain('<img src="/images/chart.png" alt="A chart">');
  });

  it('refuses a Markdown image without alt text, at its line, and renders nothing', () => {
    const { html, problems } = render('Intro.\n\n![](/images/chart.png)');
    expect(html).toBe('');
    expect(problems).toEqual([
      {
        line: 3,
        column: 1,
        field: 'mdx:image-alt',
        message: 'the image /images/chart.png has no alt text',
        hint: 'describe what it shows, e.g. ![Map of the nine contact points](/images/chart.png)',
      },
    ]);
  });

  it('refuses a <Figure> without alt, which the component needs', () => {
    expect(render('<Figure src="/images/chart.png" />').problems.map((p) => p.message)).toEqual(['<Figure> needs alt']);
  });
});
