/**
 * One page of each kind the reader sees, found in the build rather than named,
 * so the reader tests keep working whatever content exists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
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

/** A page opened once for the checks that only read it, with what it logged as an error from its first byte on. */
export interface Visit {
  page: Page;
  /** Uncaught errors and console errors (a blocked script, style or request shows up as one). */
  errors: string[];
}

/**
 * Pages shared by the checks that only read them, one browser context per set of settings: a page
 * loaded once feeds every check of it instead of one load per check. Each check is still its own test, with its own failure message.
 * Checks that change a page (a click, print media) open their own.
 *
 * While tests are collected, `uses(paths)` counts one check for each path; `read(path, check)` opens
 * the page the first time and closes it after its last check, so few pages are open at once when the
 * checks of a page are declared next to each other.
 */
export function sharedVisits(browser: () => Browser, options: BrowserContextOptions = {}) {
  let context: Promise<BrowserContext> | undefined;
  const pending = new Map<string, number>();
  const open = new Map<string, Promise<Visit & { done: () => Promise<void> }>>();
  // Tabs go from page to page (see tabPool in support/browser.ts): a visit's tab is taken back when its
  // last check has run, its listeners removed, for the next page.
  const idle: Page[] = [];
  afterAll(async () => {
    await (await context)?.close();
  });
  async function visit(path: string): Promise<Visit & { done: () => Promise<void> }> {
    const page = idle.pop() ?? (await (await (context ??= browser().newContext(options))).newPage());
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page.on('pageerror', onError);
    page.on('console', onConsole);
    const done = async () => {
      page.off('pageerror', onError);
      page.off('console', onConsole);
      idle.push(page);
    };
    try {
      await page.goto(siteAddress(path));
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    return { page, errors, done };
  }
  return {
    /** Counts one more check of each path and returns them, for `it.each(visits.uses(paths))`. */
    uses<T extends string | { path: string }>(paths: readonly T[]): T[] {
      for (const item of paths) {
        const path = typeof item === 'string' ? item : item.path;
        pending.set(path, (pending.get(path) ?? 0) + 1);
      }
      return [...paths];
    },
    /** Runs one counted check on the shared page of `path`. */
    async read<T>(path: string, check: (visit: Visit) => Promise<T>): Promise<T> {
      const left = pending.get(path);
      if (!left) throw new Error(`${path} is read by more checks than uses() counted`);
      if (!open.has(path)) open.set(path, visit(path));
      try {
        return await check(await open.get(path)!);
      } finally {
        // Read again, not `left`: checks of one page run side by side and finish in any order.
        const still = pending.get(path)! - 1;
        pending.set(path, still);
        if (still === 0) {
          const done = open.get(path)!;
          open.delete(path);
          // A page that failed to open has failed its checks already.
          await done.then(
            (visit) => visit.done(),
            () => undefined,
          );
        }
      }
    },
  };
}
