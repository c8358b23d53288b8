import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuild, type BuiltSite } from '../../scripts/lib/audit/build-files.ts';
import { checkLinks, formatBrokenLinks } from '../../scripts/lib/audit/links.ts';
import { readConfig } from '../../src/lib/config.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../support/browser.ts';
import { scaled } from '../support/time-limits.ts';
import { BUILD_HOOK_TIMEOUT, buildSite, TEST_REPO_URL } from '../support/build.ts';

/** As on a GitHub Pages project site: https://<owner>.github.io/knowledge-factory/. */
const BASE = '/knowledge-factory/';

let site: BuiltSite;
let server: Server;
let siteUrl: string;
let browser: Browser;

beforeAll(async () => {
  const build = buildSite({ KF_BASE: BASE, KF_REPO_URL: TEST_REPO_URL });
  if (build.status !== 0) throw new Error(`The site did not build under ${BASE}:\n${build.output}`);
  site = readBuild(build.outDir, BASE);
  server = serveStatic(build.outDir, BASE);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`;
  browser = await launchBrowser();
}, BUILD_HOOK_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  if (site) rmSync(dirname(site.dir), { recursive: true, force: true });
});

describe(`the site built under the base path ${BASE}`, () => {
  it('has every internal link and #fragment inside the base path and reaching its target', () => {
    expect(site.pages.size).toBeGreaterThanOrEqual(10);
    const broken = checkLinks(site.pages, site.files, BASE, readConfig().site);
    expect(formatBrokenLinks(broken), `${broken.length} broken internal links under ${BASE}`).toBe('');
  });

  it('finds pages with a search query, and its results link inside the base path', async () => {
    const page = await browser.newPage();
    const fragment = page
      .waitForResponse((response) => response.url().includes(`${BASE}pagefind/fragment/`), { timeout: scaled(15_000) })
      .catch(() => {
        throw new Error(`searching under ${BASE} fetched no result from ${BASE}pagefind/ within 15 s`);
      });
    await page.goto(`${siteUrl}search/?q=procurement`, { waitUntil: 'load' });
    expect((await fragment).ok()).toBe(true);
    await page.waitForLoadState('networkidle');
    const hrefs = await page.$$eval('a[href]', (links) =>
      links
        .map((a) => new URL((a as HTMLAnchorElement).href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname),
    );
    await page.close();
    expect(hrefs.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
});
