/**
 * Fixture sites that more than one test file reads. The global setup builds
 * each once, before any test runs, so no test waits for a build under its own
 * timeout and no two files build the same site.
 */
import { copyValidContent, edit, write } from './content-fixture.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The guide the contributor fixture changes. */
export const FIXTURE_GUIDE = 'guides/prepare/identify-joint-needs.mdx';

/** As on a GitHub Pages project site, so every feature is checked under a base path. */
export const CONTRIBUTOR_SITE_ENV = { KF_BASE: '/knowledge-factory/', KF_SITE: 'https://example.github.io' } as const;

/**
 * The valid model fixture with what contributors and trainers add: a moved page,
 * a renamed section, a link written as a site path, content components, a change
 * note, a passed review date and an image with alt text. Every edit is valid, and
 * each touches a different line, so the tests of one feature cannot hide another.
 */
export function contributorContent(): string {
  const content = copyValidContent();
  edit(content, 'pages/about.mdx', 'title: About', 'title: About\nredirectFrom: [/old-about/]');
  edit(content, FIXTURE_GUIDE, 'phase: prepare', 'phase: prepare\nanchors: { our-purpose: purpose }');
  edit(
    content,
    FIXTURE_GUIDE,
    'changes:\n',
    'reviewBy: 2020-01-31\nchanges:\n  - date: 2026-12-01\n    summary: Added the pitfalls of buying too early.\n    type: update\n',
  );
  edit(
    content,
    FIXTURE_GUIDE,
    'Find a need that buyers share.',
    'Find a need that buyers share, as [PPI4HPC](/examples/ppi4hpc/) did.\n\n<Callout type="tip">Start early.</Callout>\n\n<Video href="https://www.youtube.com/watch?v=abc" title="Webinar on joint needs" start="12:34" />',
  );
  write(
    content,
    FIXTURE_GUIDE,
    `${readFileSync(join(content, FIXTURE_GUIDE), 'utf8')}\n![Chart of joint needs by country](/favicon.svg)\n`,
  );
  return content;
}
