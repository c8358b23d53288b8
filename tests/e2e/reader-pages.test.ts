import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { tabPool } from '../support/browser.ts';
import { describe, expect, inject, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import { pageKinds, sharedVisits, siteAddress, useBrowser } from './reader-support.ts';

const kinds = pageKinds(inject('siteDir'));
const url = siteAddress;

const browser = useBrowser();

/**
 * One browser context for each set of settings, shared by the checks that use it, and the site keeps
 * nothing in cookies or storage. A context per check cost about 0.4 s of CPU more than a page in a
 * shared one, for some eighty checks. Checks that change their page open their own here; those that
 * only read a page at the default settings share one load of it (`desktop`).
 */
const contexts = new Map<string, Promise<BrowserContext>>();
const pools = new Map<string, ReturnType<typeof tabPool>>();
/** Runs a check in a tab of the context of these settings, reused from page to page (tabPool). */
function inTab<T>(options: BrowserContextOptions, check: (page: Page) => Promise<T>): Promise<T> {
  const key = JSON.stringify(options);
  if (!contexts.has(key)) contexts.set(key, browser().newContext(options));
  if (!pools.has(key))
    pools.set(
      key,
      tabPool(() => contexts.get(key)!),
    );
  return pools.get(key)!.use(check);
}
const desktop = sharedVisits(browser);

// Each check opens its own page and waits mostly on the browser, so the checks of one page kind run side by side.
describe.concurrent('every kind of page a reader meets', () => {
  it('includes a detail page of each collection that has content', () => {
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['home', 'directory', 'glossary', 'guide', 'example', 'segment', 'event']),
    );
  });

  it.each(desktop.uses(kinds))(
    '$kind ($path) has one h1, landmarks, a skip link and the feedback links, with no error or CSP violation',
    ({ path, detail }) =>
      // A blocked script, style or request shows up as a console error: the CSP must never have to block anything of ours.
      desktop.read(path, async ({ page, errors }) => {
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('main#main').count()).toBe(1);
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
        expect(await page.getByRole('contentinfo').count()).toBe(1);
        expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
        expect(await page.getByRole('link', { name: 'Report a problem with this page' }).count()).toBe(1);
        if (detail)
          expect(
            await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).count(),
          ).toBe(1);
        expect(errors).toEqual([]);
      }),
  );

  it.each(kinds)(
    '$kind ($path) keeps its header under 100 px on a 375 px phone, with every section reachable in the main menu',
    async ({ path }) => {
      await inTab({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false }, async (page) => {
        await page.goto(url(path));
        const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
        expect(height).toBeLessThan(100);
        // Every section is one tap away in the menu, which opens without JavaScript, and fits the screen.
        const menu = page.getByRole('navigation', { name: 'Main' }).locator('details');
        await menu.locator('summary').click();
        const links = await menu.getByRole('link').all();
        expect(links.length).toBeGreaterThan(3);
        for (const link of links) {
          const box = await link.boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
        }
      });
    },
  );

  it.each(kinds.filter((k) => ['guide', 'example', 'segment'].includes(k.kind)))(
    '$kind ($path) puts "On this page" after the title on a phone, never above it',
    async ({ path }) => {
      await inTab({ viewport: { width: 375, height: 740 } }, async (page) => {
        await page.goto(url(path));
        const order = await page.evaluate(() => {
          const toc = document.querySelector('.toc');
          const h1 = document.querySelector('h1');
          return toc && h1
            ? { after: h1.getBoundingClientRect().bottom <= toc.getBoundingClientRect().top }
            : undefined;
        });
        expect(order?.after).toBe(true);
      });
    },
  );

  it.each(desktop.uses(kinds.filter((k) => k.path !== '/404.html')))(
    '$kind ($path) describes itself with canonical URL, Open Graph and a BreadcrumbList',
    ({ path }) =>
      desktop.read(path, async ({ page }) => {
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
          new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`),
        );
        expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
        expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
        const types = await page
          .locator('script[type="application/ld+json"]')
          .evaluateAll((scripts) =>
            scripts.map((s) => (JSON.parse(s.textContent ?? '{}') as { '@type': string })['@type']),
          );
        expect(types).toContain('BreadcrumbList');
      }),
  );

  const typed = [
    ['guide', 'Article'],
    ['event', 'Event'],
    ['directory', 'Organization'],
  ] as const;
  desktop.uses(kinds.filter((k) => typed.some(([kind]) => kind === k.kind)));
  it.each(typed)('the %s page carries %s data for search engines', async (kind, type) => {
    const target = kinds.find((k) => k.kind === kind);
    expect(target).toBeDefined();
    await desktop.read(target!.path, async ({ page }) => {
      const data = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>));
      const match = data.find((d) => d['@type'] === type);
      expect(match).toBeDefined();
      if (type === 'Organization') expect((match!['contactPoint'] as unknown[]).length).toBeGreaterThanOrEqual(9);
    });
  });

  it.each(desktop.uses(kinds.filter((k) => !['toolbox index', 'examples index', 'events index'].includes(k.kind))))(
    '$kind ($path) runs no JavaScript',
    ({ path }) =>
      desktop.read(path, async ({ page }) => {
        const scripts = await page
          .locator('script')
          .evaluateAll((all) =>
            all
              .map((s) => s.getAttribute('type') ?? 'text/javascript')
              .filter((type) => type !== 'application/ld+json'),
          );
        expect(scripts).toEqual([]);
      }),
  );
});

// One test per page kind and setting, in the shared context of that setting: each has the time limit
// of one page (scaled to the machine's load by the test configuration), and a failure names its page.
// The light theme at 1280 × 800 is audit-axe.test.ts's setting for every page, these kinds among them.
describe.concurrent('accessibility of each page kind (axe-core, WCAG 2.x A and AA)', () => {
  const settings = [
    { colorScheme: 'dark', width: 1280 },
    { colorScheme: 'light', width: 320 },
  ] as const;
  it.each(settings.flatMap((setting) => kinds.map((kind) => ({ ...setting, ...kind }))))(
    '$kind ($path) has no violation in the $colorScheme theme, $width px wide',
    async ({ colorScheme, width, path }) => {
      const outcome = await inTab({ colorScheme, viewport: { width, height: 800 } }, async (page) => {
        await page.goto(url(path));
        return runAxe(page);
      });
      expect(outcome.passes, `axe checked nothing on ${path}`).toBeGreaterThan(0);
      expect(formatViolations(path, outcome.violations)).toBe('');
    },
  );
});
