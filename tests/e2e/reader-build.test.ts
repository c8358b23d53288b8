import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build.ts';
import { copyValidContent, edit, write } from '../support/content-fixture.ts';

const GUIDE = 'guides/prepare/identify-joint-needs.mdx';

/** The valid fixture with one more paragraph at the end of a guide. */
function buildWithGuideEnding(markdown: string) {
  const content = copyValidContent();
  write(content, GUIDE, `${readFileSync(join(content, GUIDE), 'utf8')}\n${markdown}\n`);
  return buildSite({ KF_CONTENT_DIR: content });
}

describe('images in content', () => {
  it('fail the build when one has no alt text, naming the file and the image', () => {
    const build = buildWithGuideEnding('![](/favicon.svg)');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('identify-joint-needs.mdx: the image /favicon.svg has no alt text');
    expect(existsSync(join(build.outDir, 'toolbox/identify-joint-needs/index.html'))).toBe(false);
  });

  it('build with their alt text in the page', () => {
    const build = buildWithGuideEnding('![Chart of joint needs by country](/favicon.svg)');
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(build.outDir, 'toolbox/identify-joint-needs/index.html'), 'utf8')).toContain('alt="Chart of joint needs by country"');
  });
});

describe('trust signals on a guide', () => {
  let build: BuildResult;
  beforeAll(() => {
    const content = copyValidContent();
    edit(content, GUIDE, 'changes:\n', 'reviewBy: 2020-01-31\nchanges:\n  - date: 2026-12-01\n    summary: Added the pitfalls of buying too early.\n');
    build = buildSite({ KF_CONTENT_DIR: content });
  });
  const html = () => readFileSync(join(build.outDir, 'toolbox/identify-joint-needs/index.html'), 'utf8');

  it('say when the page was last updated, from its newest change note, and link to all updates', () => {
    expect(build.status, build.output).toBe(0);
    expect(html()).toMatch(/Last updated <time datetime="2026-12-01">1 December 2026<\/time>\s*· <a href="#updates">see all updates<\/a>/);
    expect(html()).toContain('<h2 id="updates">Updates to this page</h2>');
    expect(html().indexOf('Added the pitfalls of buying too early.')).toBeLessThan(html().indexOf('First published.'));
  });

  it('warn that the review date has passed', () => {
    expect(html()).toContain('was due to be checked by <time datetime="2020-01-31">31 January 2020</time>');
  });

  it('show owner, last review, step position, and where the sources are', () => {
    expect(html()).toContain('Owner: Fixture editors');
    expect(html()).toContain('Last reviewed <time datetime="2026-11-25">25 November 2026</time>');
    // A stage of several steps says 'step 1 of N'; a stage of one guide names only the stage.
    expect(html()).toMatch(/<p class="eyebrow"[^>]*>Prepare \(pre-tender\)( · step 1 of \d+)?<\/p>/);
    expect(html()).toContain('<h2 id="sources">Sources</h2>');
  });
});
