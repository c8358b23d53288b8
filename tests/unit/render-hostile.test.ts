/**
 * Hostile content: every way found to make a body run script, load another
 * site or crash the build. Each fixture must be refused by the check (the
 * problem line a contributor reads) and by the build's renderer (which then
 * renders nothing), with the same rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseBody } from '../../src/pipeline/checker/body.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';
import type { Problem } from '../../src/pipeline/problems.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/render/hostile');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const line = (p: Pick<Problem, 'line' | 'column' | 'field' | 'message'>) =>
  `${p.line}:${p.column}  ${p.field}  ${p.message}`;
const check = (name: string) => analyseBody(read(name)).problems.map(line);
const build = (name: string) => renderBody(read(name), { base: '/', glossary: glossaryMatcher([]) });

/** Fixture → the exact problem line the check reports (body line 1 = fixture line 1). */
const REFUSED: Record<string, string> = {
  'set-html-component.mdx': `3:10  mdx:no-namespaced-attributes  <Callout> has "set:html", an instruction to the site's code, not an attribute`,
  'set-html-element.mdx': `3:19  mdx:no-namespaced-attributes  <abbr> has "set:html", an instruction to the site's code, not an attribute`,
  'client-directive.mdx': `3:11  mdx:no-namespaced-attributes  <KeyFacts> has "client:load", an instruction to the site's code, not an attribute`,
  'is-raw-directive.mdx': `3:8  mdx:no-namespaced-attributes  <Steps> has "is:raw", an instruction to the site's code, not an attribute`,
  'class-list.mdx': `3:10  mdx:no-namespaced-attributes  <Callout> has "class:list", an instruction to the site's code, not an attribute`,
  'link-javascript.mdx':
    '3:5  mdx:url-scheme  the address "javascript:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'link-mixed-case.mdx':
    '3:5  mdx:url-scheme  the address "JaVaScRiPt:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'link-entity.mdx':
    '3:5  mdx:url-scheme  the address "javascript:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'link-whitespace.mdx':
    '3:44  mdx:url-scheme  the address "java\tscript:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'link-vbscript.mdx':
    '3:5  mdx:url-scheme  the address "vbscript:msgbox(1)" is not allowed: the scheme "vbscript:" is not allowed',
  'link-data.mdx':
    '3:5  mdx:url-scheme  the address "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not allowed: the scheme "data:" is not allowed',
  'link-protocol-relative.mdx':
    '3:5  mdx:url-scheme  the address "//evil.example/x" is not allowed: an address starting with // leaves the site without saying how',
  'reference-definition.mdx':
    '5:1  mdx:url-scheme  the address "javascript:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'reference-definition-unused.mdx':
    '3:1  mdx:url-scheme  the address "javascript:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'autolink.mdx':
    '3:5  body  MDX syntax: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
  'image-javascript.mdx':
    '3:1  mdx:url-scheme  the address "javascript:alert(1)" is not allowed: the scheme "javascript:" is not allowed',
  'video-href.mdx': '3:8  mdx:component-props  href on <Video>: expected a full https:// address',
  'video-poster.mdx':
    '3:67  mdx:component-props  poster on <Video>: expected a still image on this site, a path starting with /, e.g. /images/phases.svg',
  'figure-src.mdx':
    '3:9  mdx:component-props  src on <Figure>: expected an image on this site, a path starting with /, e.g. /images/phases.svg',
  'q-cite.mdx':
    '3:13  mdx:url-scheme  <q cite> has an address that is not allowed: "javascript:alert(1)" (the scheme "javascript:" is not allowed)',
  'prop-array.mdx': '3:10  mdx:component-props  title on <Callout> must be text, not a list: write title="…"',
  'prop-number.mdx': '3:51  mdx:component-props  title on <Video> must be text, not a number: write title="…"',
  'prop-unknown.mdx': '3:43  mdx:component-props  <Figure> has no prop "size"',
  'element-attribute.mdx': '3:19  mdx:allowed-attributes  <abbr> may not carry "id"',
  'img-element.mdx': '3:1  mdx:allowed-components  <img> is not a component content may use',
  'anchor-element.mdx': '3:1  mdx:allowed-components  <a> is not a component content may use',
  'expression.mdx': '3:8  mdx:no-expressions  {alert(1)} is JavaScript, which content cannot run',
  'control-byte.mdx': '3:7  body  contains an invisible control character U+0001',
};

describe('hostile content', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    const files = readdirSync(FIXTURES).filter((f) => f !== 'escaped-text.mdx');
    expect(files.sort()).toEqual(Object.keys(REFUSED).sort());
  });

  for (const [fixture, expected] of Object.entries(REFUSED)) {
    it(`refuses ${fixture} in the check: ${expected.split('  ')[2]}`, () => {
      expect(check(fixture)).toContain(expected);
    });
    // Addresses are judged as written, before the parser percent-encodes them: so a definition nothing uses, or a
    // tab inside an address (`java%09script:` is a relative path to a browser), is refused by the build too.
    it(`refuses ${fixture} in the build, under the same rule, once, and renders nothing`, () => {
      const rendered = build(fixture);
      expect(rendered.problems.map(line)).toContain(expected);
      const places = rendered.problems.map((p) => `${p.line}:${p.column} ${p.field}`);
      expect(new Set(places).size, 'one problem per place and rule').toBe(places.length);
      expect(rendered.html).toBe('');
    });
  }

  it('renders text that only looks like code as text', () => {
    const rendered = build('escaped-text.mdx');
    expect(rendered.problems).toEqual([]);
    expect(rendered.html).not.toMatch(/<script|<meta|<img/i);
    const attributeNames = [...rendered.html.matchAll(/\s([\w-]+)(?:="[^"]*")?(?=[\s>])/g)].map((m) => m[1]);
    expect(attributeNames.filter((name) => /^on/i.test(name ?? ''))).toEqual([]);
    // Every `<` of the text is escaped, so none can open an element (`>` alone opens nothing).
    expect(rendered.html).toMatch(/&lt;script>alert\(1\)&lt;\/script>/);
    expect(rendered.html).toContain('<abbr title="&quot; onmouseover=&quot;alert(1)">Q</abbr>');
  });
});
