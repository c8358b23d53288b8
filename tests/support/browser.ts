/**
 * Browser tests drive the same Chromium as the benchmark's search figures (scripts/lib/browser.ts), with
 * Playwright's own time limits (30 s for a navigation or an action) scaled to the machine's load like the
 * tests' (time-limits.ts): beside other work, the heaviest page (/toolbox/print/) took longer than 30 s to load.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser as launchChromium } from '../../scripts/lib/browser.ts';
import { scaled } from './time-limits.ts';

export * from '../../scripts/lib/browser.ts';

/** Playwright's default for navigations and actions, scaled. */
export const PLAYWRIGHT_TIMEOUT = scaled(30_000);

export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(PLAYWRIGHT_TIMEOUT);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.context().setDefaultTimeout(PLAYWRIGHT_TIMEOUT);
    page.setDefaultTimeout(PLAYWRIGHT_TIMEOUT);
    return page;
  };
  return browser;
}

/**
 * Tabs reused from one page to the next in one browser context. A new tab starts a renderer process: on
 * this machine 48 page loads cost about 60 s of CPU in a new tab each and 20 s in one tab navigated from
 * page to page. A check borrows a tab, loads its page in it (`goto` replaces the document, so nothing of the
 * previous page is left to read) and gives it back; a tab whose check failed is closed, not reused. Checks
 * that add listeners to a tab remove them before giving it back.
 */
export function tabPool(context: () => Promise<BrowserContext>) {
  const idle: Page[] = [];
  return {
    async use<T>(check: (page: Page) => Promise<T>): Promise<T> {
      const page = idle.pop() ?? (await (await context()).newPage());
      let reusable = false;
      try {
        const result = await check(page);
        reusable = true;
        return result;
      } finally {
        if (reusable) idle.push(page);
        else await page.close().catch(() => undefined);
      }
    },
  };
}
