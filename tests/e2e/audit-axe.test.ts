import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { pageUrl } from '../../scripts/lib/audit/links.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const urls = htmlPages(listFiles(inject('siteDir'))).map((file) => pageUrl(file, '/'));
/** Pages audited at once: one browser, a few tabs, so two shared cores stay busy without thrashing. */
const PARALLEL = 3;

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

  it('finds no violation on any page of the build', async () => {
    const context = await browser.newContext();
    const failures: string[] = [];
    const unchecked: string[] = [];
    const queue = [...urls];
    const worker = async () => {
      const page = await context.newPage();
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await page.goto(new URL(url.slice(1), siteUrl).href, { waitUntil: 'load' });
        const outcome = await runAxe(page);
        // A run that passed nothing did not really run: count the page as unchecked.
        if (outcome.passes === 0) unchecked.push(url);
        if (outcome.violations.length > 0) failures.push(formatViolations(url, outcome.violations));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await context.close();
    expect(urls.length).toBeGreaterThan(0);
    expect(unchecked, 'axe ran but checked nothing on these pages').toEqual([]);
    expect(failures.join('\n'), `axe violations on ${failures.length} of ${urls.length} pages`).toBe('');
  }, 600_000);
});
