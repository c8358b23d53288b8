/**
 * The components, against what their .astro versions rendered (built from
 * commit 5c07bd6 with every component and prop in one page; data-astro-cid
 * attributes left out, as the styles are now global). The rest of every body
 * is compared live with `@astrojs/mdx` (tests/reference), which writes each
 * component in the neutral form tested below, so these templates are tested
 * here only.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';
import { htmlOutline } from '../reference/html-structure.ts';

const context = { base: '/', glossary: glossaryMatcher([]) };

describe('equivalence of the components with their Astro versions', () => {
  it('renders each component and its props as the Astro component did', () => {
    const body = readFileSync(join(process.cwd(), 'tests/fixtures/render/components.mdx'), 'utf8');
    const before = readFileSync(join(process.cwd(), 'tests/fixtures/render/components.before.html'), 'utf8');
    const { html, problems } = renderBody(body, context);
    expect(problems).toEqual([]);
    // As structure, as the differential test compares: how a serialiser escapes or quotes is not the component's.
    expect(htmlOutline(html)).toBe(htmlOutline(before));
  });
});

describe('components in their neutral form, for the comparison with @astrojs/mdx', () => {
  const neutral = { ...context, components: 'neutral' } as const;

  it('writes a component as one element naming it, with its props as written (keys in order) around its content', () => {
    const { html, problems } = renderBody(
      '<Callout type="tip" title="Before you start">\n\nRead *this*.\n\n</Callout>',
      neutral,
    );
    expect(problems).toEqual([]);
    expect(htmlOutline(html)).toBe(
      htmlOutline(
        `<kf-component data-name="Callout" data-props='{"title":"Before you start","type":"tip"}'><p>Read <em>this</em>.</p></kf-component>`,
      ),
    );
  });

  it('keeps a number prop a number and a component without content empty', () => {
    const { html } = renderBody('<Figure src="/favicon.svg" alt="Logo" width={640} />', neutral);
    expect(htmlOutline(html)).toBe(
      htmlOutline(
        `<kf-component data-name="Figure" data-props='{"alt":"Logo","src":"/favicon.svg","width":640}'></kf-component>`,
      ),
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
    const { html } = renderBody('<Callout>\n\nText.\n\n</Callout>', context);
    expect(html).toContain('<div class="callout callout-note" role="note">');
    expect(html).not.toContain('kf-component');
  });
});
