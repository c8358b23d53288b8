import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { pageUrl } from '../../scripts/lib/audit/links.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { launchBrowser, tabPool } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const urls = htmlPages(listFiles(inject('siteDir'))).map((file) => pageUrl(file, '/'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility of every page (axe-core, WCAG 2.1 A and AA, WCAG 2.2 AA)', () => {
  it("runs axe under the site's Content-Security-Policy and reports a planted violation", async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl, { waitUntil: 'load' });
    await page.evaluate(() =>
      document
        .querySelector('main')
        ?.append(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' })),
    );
    const outcome = await runAxe(page);
    await page.close();
    expect(outcome.passes).toBeGreaterThan(0);
    expect(outcome.violations.map((v) => v.id)).toContain('image-alt');
  });

  it('has pages to audit', () => {
    expect(urls.length).toBeGreaterThan(0);
  });
});

// One test per page, a few side by side in one browser context: each page has the time limit of one
// page (scaled to the machine's load by the test configuration), whatever the size of the site, and
// a failure names its page. The light theme on a 1280 × 800 screen: reader-pages.test.ts audits one
// page of each kind in the dark theme and at 320 px, and leaves this setting to this audit of every page.
describe.concurrent('accessibility of each page (axe-core, WCAG 2.1 A and AA, WCAG 2.2 AA)', () => {
  let context: Promise<BrowserContext> | undefined;
  afterAll(async () => {
    await (await context)?.close();
  });
  const tabs = tabPool(
    () => (context ??= browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } })),
  );
  it.each(urls)('%s has no violation', async (url) => {
    const outcome = await tabs.use(async (page) => {
      await page.goto(new URL(url.slice(1), siteUrl).href, { waitUntil: 'load' });
      return runAxe(page);
    });
    // A run that passed nothing did not really run.
    expect(outcome.passes, `axe checked nothing on ${url}`).toBeGreaterThan(0);
    expect(formatViolations(url, outcome.violations)).toBe('');
  });
});
