import type { Browser, BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { pageUrl } from '../../scripts/lib/audit/links.ts';
import { launchBrowser } from '../support/browser.ts';
import { scaled } from '../support/time-limits.ts';
import { pagesByKind } from '../support/page-kinds.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const kinds = pagesByKind(htmlPages(listFiles(inject('siteDir'))).map((file) => pageUrl(file, '/')));

interface Watch {
  page: Page;
  /** Every address the page asked for, in order. */
  requests: string[];
  /** CSP violations the page reported, as `directive blocked-uri`. */
  violations(): Promise<string[]>;
  /** Stops watching and gives the tab back for the next page: a new tab starts a renderer process. */
  release(): void;
}

const idle: Page[] = [];

/** A page that records its requests and Content-Security-Policy violations from the first byte on. */
async function watchedPage(context: BrowserContext): Promise<Watch> {
  const page = idle.pop() ?? (await context.newPage());
  const requests: string[] = [];
  const consoleViolations: string[] = [];
  const onRequest = (request: Request) => requests.push(request.url());
  const onConsole = (message: ConsoleMessage) => {
    if (/content security policy/i.test(message.text())) consoleViolations.push(message.text());
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  return {
    page,
    requests,
    violations: async () => [
      ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
      ...consoleViolations,
    ],
    release: () => {
      page.off('request', onRequest);
      page.off('console', onConsole);
      idle.push(page);
    },
  };
}

const offSite = (requests: readonly string[]) =>
  requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  // Init scripts run before the page's own code and are not subject to its CSP.
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
});
afterAll(async () => {
  await browser?.close();
});

// Each page is watched in its own tab, and waiting for the network to go quiet is most of each test: side by side.
describe.concurrent('what a page loads in the browser', () => {
  it('covers every kind of page: home, indexes, detail pages, search and 404', () => {
    expect([...kinds.keys()]).toEqual(expect.arrayContaining(['home', 'search index', '404.html', 'toolbox index']));
  });

  it.each([...kinds])('%s (%s) requests nothing from another origin and breaks no CSP rule', async (_kind, url) => {
    const watch = await watchedPage(context);
    await watch.page.goto(new URL(url.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
    const violations = await watch.violations();
    watch.release();
    expect(watch.requests.length).toBeGreaterThan(0);
    expect(offSite(watch.requests), `requests from ${url} to other origins`).toEqual([]);
    expect(violations, `CSP violations on ${url}`).toEqual([]);
  });

  it('notices a CSP violation when a page breaks the policy', async () => {
    const watch = await watchedPage(context);
    await watch.page.goto(siteUrl, { waitUntil: 'load' });
    await watch.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.body.append(script);
    });
    await watch.page.waitForFunction(
      () => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).length > 0,
    );
    const violations = await watch.violations();
    watch.release();
    expect(violations.join('\n')).toMatch(/script-src/);
  });

  it('runs a search from the header box without a request elsewhere or a CSP violation', async () => {
    const watch = await watchedPage(context);
    await watch.page.goto(siteUrl, { waitUntil: 'load' });
    await watch.page.getByRole('searchbox').first().fill('procurement');
    const fragment = watch.page
      .waitForResponse((response) => /\/pagefind\/fragment\//.test(response.url()), { timeout: scaled(15_000) })
      .catch(() => {
        throw new Error(
          'the search page showed no Pagefind result for "procurement" within 15 s (no request for /pagefind/fragment/…)',
        );
      });
    await watch.page.getByRole('searchbox').first().press('Enter');
    await watch.page.waitForURL(/\/search\/\?(.*&)?q=procurement/);
    // Pagefind fetches a result's fragment only once its WebAssembly has run the query.
    const response = await fragment;
    await watch.page.waitForLoadState('networkidle');
    const violations = await watch.violations();
    watch.release();
    expect(response.ok()).toBe(true);
    expect(offSite(watch.requests), 'requests to other origins during a search').toEqual([]);
    expect(violations, 'CSP violations during a search').toEqual([]);
  });
});

describe('the headers pages are served with', () => {
  it('include the policy of public/_headers, so the violation checks above run under it and the page policy together', async () => {
    const response = await fetch(siteUrl);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
