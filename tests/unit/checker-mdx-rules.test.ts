import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseBody, placeProblems } from '../../src/pipeline/checker/body.ts';
import type { Problem } from '../../src/pipeline/problems.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/checker/mdx');

/** Checks a body-only fixture as `npm run check` does, as if its body started on line 10 of `content/x.mdx`. */
function check(name: string): Problem[] {
  const where = { file: 'content/x.mdx', bodyLine: 10 };
  return placeProblems(analyseBody(readFileSync(join(FIXTURES, name), 'utf8')).problems, where);
}

describe('safe MDX rules', () => {
  it('accepts every content component and the harmless HTML elements, with literal values and comments', () => {
    expect(check('valid-components.mdx')).toEqual([]);
  });

  it('rejects an import statement, on its line, and says components need no import', () => {
    const [problem, ...rest] = check('invalid-no-esm.mdx');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/x.mdx',
      line: 12,
      column: 1,
      field: 'mdx:no-esm',
      message: 'import statements are not allowed in content',
    });
    expect(problem?.hint).toContain('work without importing them');
  });

  it('rejects an export statement', () => {
    expect(check('invalid-no-esm-export.mdx')).toMatchObject([
      { line: 12, field: 'mdx:no-esm', message: 'export statements are not allowed in content' },
    ]);
  });

  it('rejects a raw <script> element', () => {
    expect(check('invalid-no-raw-html-script.mdx')).toMatchObject([
      { line: 12, field: 'mdx:no-raw-html', message: '<script> is not allowed in content' },
    ]);
  });

  it('rejects a raw <style> element, whatever it holds', () => {
    const problems = check('invalid-no-raw-html-style.mdx');
    expect(problems.map((p) => p.field)).toContain('mdx:no-raw-html');
    expect(problems[0]).toMatchObject({ line: 12, message: '<style> is not allowed in content' });
  });

  it('rejects an <iframe> and points to the Video component instead', () => {
    const [problem] = check('invalid-no-raw-html-iframe.mdx');
    expect(problem).toMatchObject({
      line: 12,
      field: 'mdx:no-raw-html',
      message: '<iframe> is not allowed in content',
    });
    expect(problem?.hint).toContain('<Video');
  });

  it('rejects an inline event handler on the attribute itself', () => {
    expect(check('invalid-no-event-handlers.mdx')).toMatchObject([
      { line: 12, column: 10, field: 'mdx:no-event-handlers', message: '<Callout> has an event handler "onClick"' },
    ]);
  });

  it('rejects a style attribute, which the CSP would block anyway', () => {
    expect(check('invalid-no-style-attribute.mdx')).toMatchObject([{ line: 12, field: 'mdx:no-style-attribute' }]);
  });

  it('rejects an unknown component and suggests the closest allowed one', () => {
    expect(check('invalid-allowed-components.mdx')).toMatchObject([
      {
        line: 12,
        column: 1,
        field: 'mdx:allowed-components',
        message: '<Calout> is not a component content may use',
        hint: 'did you mean <Callout>?',
      },
    ]);
  });

  it('rejects a JavaScript expression, which would run at build time', () => {
    const [problem] = check('invalid-no-expressions.mdx');
    expect(problem).toMatchObject({ line: 12, column: 14, field: 'mdx:no-expressions' });
    expect(problem?.message).toContain('is JavaScript, which content cannot run');
  });

  it('rejects a Figure without alt text', () => {
    expect(check('invalid-component-props.mdx')).toMatchObject([
      { line: 12, field: 'mdx:component-props', message: '<Figure> needs alt' },
    ]);
  });

  it('rejects Steps holding anything but one numbered list, and points at the components’ documentation', () => {
    const [problem, ...rest] = check('invalid-component-props-steps.mdx');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 12, field: 'mdx:component-props' });
    expect(problem?.message).toContain('<Steps> holds one numbered list and nothing else');
    const heading = /"(.+)" in CONTRIBUTING\.md/.exec(problem?.hint ?? '')?.[1];
    expect(readFileSync(join(process.cwd(), 'CONTRIBUTING.md'), 'utf8')).toContain(`## ${heading}\n`);
  });

  it('reports an unclosed component as an MDX syntax problem at its place in the file', () => {
    const [problem] = check('invalid-mdx-syntax.mdx');
    expect(problem).toMatchObject({ file: 'content/x.mdx', line: 12, field: 'body' });
    expect(problem?.message).toContain('MDX syntax: Expected a closing tag for `<Callout>`');
  });

  it('has one invalid fixture per rule, so no rule goes untested', () => {
    const rules = [
      'no-esm',
      'no-raw-html',
      'no-event-handlers',
      'no-style-attribute',
      'allowed-components',
      'no-expressions',
      'component-props',
    ];
    const fixtures = readdirSync(FIXTURES);
    for (const rule of rules) expect(fixtures.some((f) => f.startsWith(`invalid-${rule}`))).toBe(true);
  });
});
