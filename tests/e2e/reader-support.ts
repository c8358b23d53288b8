/**
 * One page of each kind the reader sees, found in the build rather than named,
 * so the reader tests keep working whatever content exists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

/** One browser for a test file, launched before its tests and closed after them: `const browser = useBrowser()`. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

/** The address of a site path on the shared test server: `siteAddress('/toolbox/')`. */
export function siteAddress(path: string): string {
  return new URL(path.slice(1), inject('siteUrl')).href;
}

/** The first entry folder of a section, e.g. `/toolbox/collaboration-agreement/`; undefined when it has none. */
export function firstEntry(siteDir: string, section: string): string | undefined {
  const dir = join(siteDir, section);
  if (!existsSync(dir)) return undefined;
  const entry = readdirSync(dir)
    .sort()
    .find((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'index.html')));
  return entry ? `/${section}/${entry}/` : undefined;
}

export interface PageKind {
  kind: string;
  path: string;
  /** Detail pages show breadcrumbs. */
  detail: boolean;
}

export function pageKinds(siteDir: string): PageKind[] {
  const kinds: PageKind[] = [
    { kind: 'home', path: '/', detail: false },
    { kind: 'toolbox index', path: '/toolbox/', detail: false },
    { kind: 'examples index', path: '/examples/', detail: false },
    { kind: 'segments index', path: '/segments/', detail: false },
    { kind: 'events index', path: '/events/', detail: false },
    { kind: 'directory', path: '/directory/', detail: false },
    { kind: 'glossary', path: '/glossary/', detail: false },
    { kind: 'about page', path: '/about/', detail: true },
    { kind: 'not found', path: '/404.html', detail: false },
  ];
  for (const [kind, section] of [
    ['guide', 'toolbox'],
    ['example', 'examples'],
    ['segment', 'segments'],
    ['event', 'events'],
  ] as const) {
    const path = firstEntry(siteDir, section);
    if (path) kinds.push({ kind, path, detail: true });
  }
  return kinds;
}
