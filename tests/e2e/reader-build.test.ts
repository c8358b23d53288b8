import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILD_HOOK_TIMEOUT, buildSite, removeBuilds, type BuildResult } from '../support/build.ts';
import { copyValidContent, write } from '../support/content-fixture.ts';
import { FIXTURE_GUIDE } from '../support/fixture-sites.ts';

// The contributor fixture of tests/support/fixture-sites.ts, built once by the global setup:
// its guide has an image with alt text, a change note and a passed review date.
const fixture = inject('contributorSite');
const html = () => readFileSync(join(fixture.outDir, 'toolbox/identify-joint-needs/index.html'), 'utf8');

describe('images in content', () => {
  let missingAlt: BuildResult;
  beforeAll(() => {
    const content = copyValidContent();
    write(content, FIXTURE_GUIDE, `${readFileSync(join(content, FIXTURE_GUIDE), 'utf8')}\n![](/favicon.svg)\n`);
    missingAlt = buildSite({ KF_CONTENT_DIR: content });
  }, BUILD_HOOK_TIMEOUT);
  afterAll(() => removeBuilds(missingAlt));

  it('fail the build when one has no alt text, naming the file and the image', () => {
    expect(missingAlt.status).not.toBe(0);
    expect(missingAlt.output).toMatch(
      /identify-joint-needs\.mdx:\d+:\d+ {2}mdx:image-alt {2}the image \/favicon\.svg has no alt text/,
    );
    // The image is the only problem: the guide's sections stay known to the links that point at them.
    expect(missingAlt.output).not.toContain('has no section');
    expect(existsSync(join(missingAlt.outDir, 'toolbox/identify-joint-needs/index.html'))).toBe(false);
  });

  it('build with their alt text in the page', () => {
    expect(fixture.status, fixture.output).toBe(0);
    expect(html()).toContain('alt="Chart of joint needs by country"');
  });
});

describe('trust signals on a guide', () => {
  it('say when the page was last updated, from its newest change note, and link to all updates', () => {
    expect(fixture.status, fixture.output).toBe(0);
    expect(html()).toMatch(
      /Last updated <time datetime="2026-12-01">1 December 2026<\/time>(<span class="no-print">)?\s*· <a href="#updates">see all updates<\/a>/,
    );
    expect(html()).toContain('<h2 id="updates">Updates to this page</h2>');
    expect(html().indexOf('Added the pitfalls of buying too early.')).toBeLessThan(html().indexOf('First published.'));
  });

  it('warn that the review date has passed', () => {
    expect(html()).toContain('was due to be checked by <time datetime="2020-01-31">31 January 2020</time>');
  });

  it('show owner, last review, step position, and where the sources are', () => {
    expect(html()).toContain('Owner: Fixture editors');
    expect(html()).toContain('Last reviewed <time datetime="2026-12-02">2 December 2026</time>');
    // A stage of several steps says 'step 1 of N'; a stage of one guide names only the stage.
    expect(html()).toMatch(/<p class="eyebrow"[^>]*>Prepare \(pre-tender\)( · step 1 of \d+)?<\/p>/);
    expect(html()).toContain('<h2 id="sources">Sources</h2>');
  });
});
