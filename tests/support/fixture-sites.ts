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

/** The newest change note of the contributor fixture, editorial: readers are never told about it. */
export const EDITORIAL_NOTE = 'Tidied the wording of the summary.';

/** Events the contributor fixture adds, still to come whatever day the tests run; the model's own workshop is past. */
export const FIXTURE_EVENTS = {
  past: 'fixture-workshop',
  upcomingDay: 'fixture-webinar-to-come',
  upcomingMonth: 'fixture-conference-month-only',
} as const;

const upcomingEvent = (title: string, start: string) => `---
title: ${title}
summary: An event that exists only in the test fixtures, still to come whatever day the tests run.
kind: webinar
start: "${start}"
location: { online: true }
sources:
  - title: Fixture source
    url: https://www.iprocurenet.eu/
---

A fixture.
`;

/** As on a GitHub Pages project site, so every feature is checked under a base path. */
export const CONTRIBUTOR_SITE_ENV = { KF_BASE: '/knowledge-factory/', KF_SITE: 'https://example.github.io' } as const;

/**
 * The valid model fixture with what contributors and trainers add: a moved page,
 * a renamed section, a link written as a site path, content components, a change
 * note, a passed review date and an image with alt text; an editorial change note
 * newer than every other note; and two events still to come, one known to the day
 * and one only to the month (FIXTURE_EVENTS). Every edit is valid, and each
 * touches a different line, so the tests of one feature cannot hide another.
 */
export function contributorContent(): string {
  const content = copyValidContent();
  edit(content, 'pages/about.mdx', 'title: About', 'title: About\nredirectFrom: [/old-about/]');
  edit(content, FIXTURE_GUIDE, 'phase: prepare', 'phase: prepare\nanchors: { our-purpose: purpose }');
  // Reviewed after it was published, so "Last reviewed" has something real to say.
  edit(content, FIXTURE_GUIDE, 'lastReviewed: 2026-11-25', 'lastReviewed: 2026-12-02');
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
  edit(
    content,
    'examples/ppi4hpc.mdx',
    /^(title: .*)$/m,
    `$1\nchanges:\n  - date: 2026-12-04\n    summary: ${EDITORIAL_NOTE}\n    type: editorial\n  - date: 2026-11-20\n    summary: First published.\n    type: new`,
  );
  // Next year: always to come, and within the years the check accepts for a date (at most ten ahead).
  const nextYear = new Date().getUTCFullYear() + 1;
  write(
    content,
    `events/${FIXTURE_EVENTS.upcomingDay}.mdx`,
    upcomingEvent('Fixture webinar to come', `${nextYear}-06-10`),
  );
  write(
    content,
    `events/${FIXTURE_EVENTS.upcomingMonth}.mdx`,
    upcomingEvent('Fixture conference, month only', `${nextYear}-09`),
  );
  return content;
}
