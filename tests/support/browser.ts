/**
 * Browser tests drive the same Chromium as the benchmark's search figures (scripts/lib/browser.ts), with
 * Playwright's own time limits (30 s for a navigation or an action) scaled to the machine's load like the
 * tests' (time-limits.ts): beside other work, the heaviest page (/toolbox/print/) took longer than 30 s to load.
 */
import type { Browser } from 'playwright-core';
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
