import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { analyseBody, BodyCache, placeProblems } from '../../src/pipeline/checker/body.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';

const BODY = 'See [the guide](/toolbox/x/#y).\n\nimport X from "y"\n\nFILL IN: the purpose.\n';

describe('body analysis', () => {
  it('finds links, unsafe MDX and leftover template text, relative to the body', () => {
    const analysis = analyseBody(BODY);
    expect(analysis.links).toEqual([{ url: '/toolbox/x/#y', line: 1, column: 5 }]);
    expect(analysis.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'mdx:no-esm'],
      [5, 'body'],
    ]);
    expect(analysis.problems[1]?.hint).toBe('the purpose.');
  });

  it('places body problems at their line in the file', () => {
    const [problem] = placeProblems(analyseBody(BODY).problems, { file: 'content/a.mdx', bodyLine: 8 });
    expect(problem).toMatchObject({ file: 'content/a.mdx', line: 10 });
  });

  it('answers a body seen in an earlier run from the cache file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kf-body-')), 'cache.json');
    const first = new BodyCache(file);
    first.analyse(BODY);
    first.save();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      version: string;
      entries: Record<string, { problems: { message: string }[] }>;
    };
    const [key] = Object.keys(saved.entries);
    // Tamper with the stored analysis: a cache hit returns it unchanged, proving the body was not parsed again.
    saved.entries[key as string] = { problems: [], links: [] } as never;
    writeFileSync(file, JSON.stringify(saved));
    expect(new BodyCache(file).analyse(BODY)).toEqual({ problems: [], links: [] });
  });

  it('ignores a cache written by another version of the checker', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kf-body-')), 'cache.json');
    const key = createHash('sha1').update(BODY).digest('hex');
    writeFileSync(file, JSON.stringify({ version: 'old', entries: { [key]: { problems: [], links: [] } } }));
    const cache = new BodyCache(file);
    expect(cache.analyse(BODY).problems).toHaveLength(2);
  });

  it('keeps the HTML of each body it rendered with the site settings, exactly as the pages show it', () => {
    const context = {
      base: '/kf/',
      glossary: glossaryMatcher([{ term: 'PCP', expansion: 'pre-commercial procurement' }]),
      key: 'site',
    };
    const cache = new BodyCache(undefined, context);
    const body = '## Why PCP\n\nSee [the guide](/toolbox/x/).\n';
    const data = { anchors: { 'old-why': 'why-pcp' } };
    cache.analyse(body, data);
    const expected = renderBody(body, { ...context, anchors: data.anchors });
    expect([...cache.renderings().values()]).toEqual([{ html: expected.html, headings: expected.headings }]);
    expect(expected.html).toContain('href="/kf/toolbox/x/"');
    expect(expected.html).toContain('id="old-why"');
  });

  it('keeps no HTML for a body the build would refuse', () => {
    const cache = new BodyCache(undefined, { base: '/', glossary: glossaryMatcher([]), key: 'site' });
    cache.analyse(BODY);
    expect(cache.renderings().size).toBe(0);
  });
});
