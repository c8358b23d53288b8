/**
 * A stray control character pasted into a body is one problem at its place:
 * the rest of the body is still checked, and the page and its sections stay
 * known, so links to them are not reported as broken on top of it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';

describe('a body with a stray control character', () => {
  it('is reported once, beside its other problems, without breaking links to its sections', async () => {
    const content = copyValidContent();
    // The fixture event links to identify-joint-needs#purpose; the bell sits in that guide's body.
    edit(
      content,
      'guides/prepare/identify-joint-needs.mdx',
      '## Purpose',
      '## Purpose\n\nA bell \u0007 here, and [a link](javascript:alert(1)).',
    );
    const { problems } = await checkContent(content, {
      root: process.cwd(),
      manifest: join(content, 'published-urls.json'),
    });
    const lines = problems.map(formatProblem).filter((line) => line.includes('identify-joint-needs'));
    expect(lines.filter((line) => line.includes('U+0007'))).toHaveLength(1);
    expect(lines.some((line) => line.includes('mdx:url-scheme'))).toBe(true);
    expect(
      problems.map(formatProblem).filter((line) => /has no section|does not exist|does not match any entry/.test(line)),
    ).toEqual([]);
  });
});
