/**
 * Listings of a site larger than one listing page: a generated corpus built
 * with a small page size (KF_LISTING_PAGE_SIZE), under a base path, so every
 * listing is split into pages the way a corpus of thousands of entries would be.
 * The real site, far below the threshold, is checked at the end.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import { scaled } from '../support/time-limits.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { checkLinks, formatBrokenLinks } from '../../scripts/lib/audit/links.ts';
import { readBuild } from '../../scripts/lib/audit/build-files.ts';
import { BUILD_HOOK_TIMEOUT, buildSite, newBuildDir } from '../support/build.ts';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { pageUrl } from '../../scripts/lib/audit/links.ts';
import { decodeEntities, startTags, type StartTag } from '../../scripts/lib/audit/html.ts';
import {
  formatOverBudget,
  heaviestPages,
  HTML_CSS_TARGET,
  overBudget,
  weighPage,
} from '../../scripts/lib/audit/budgets.ts';
import { FACET_KEYS } from '../../src/lib/search/facet-list.ts';

const BASE = '/kf/';
const PAGE_SIZE = 8;
const ENTRIES = 150;

/** Listing pages, as build files: the three indexes and the pages they are split into. */
const LISTING =
  /^(toolbox|examples|events)\/index\.html$|^toolbox\/(phase|instrument)\/|^examples\/page\/|^events\/past\//;
/** Detail pages, one segment under their collection's folder. */
const DETAIL = /^(toolbox|examples|events)\/([^/]+)\/index\.html$/;

let work = '';
let dir = '';
let files: string[] = [];
const html = (file: string) => readFileSync(join(dir, file), 'utf8');
const tags = (file: string): StartTag[] => startTags(html(file));
const fileOf = (url: string) => `${url.slice(BASE.length)}index.html`;
const anchors = (file: string) => tags(file).filter((t) => t.name === 'a');
/** Links of the page's pager: the site navigation marks its own current section too. */
const pagerLinks = (file: string) => {
  const source = html(file);
  const start = source.indexOf('aria-label="Pages of ');
  return start === -1
    ? []
    : startTags(source.slice(source.lastIndexOf('<', start), source.indexOf('</nav>', start))).filter(
        (t) => t.name === 'a',
      );
};

beforeAll(() => {
  work = newBuildDir('paginated-');
  writeCorpus(ENTRIES, join(work, 'content'));
  const build = buildSite(
    { KF_CONTENT_DIR: join(work, 'content'), KF_BASE: BASE, KF_LISTING_PAGE_SIZE: String(PAGE_SIZE) },
    join(work, 'dist'),
  );
  if (build.status !== 0) throw new Error(`The paginated corpus did not build:\n${build.output.slice(-4000)}`);
  dir = build.outDir;
  files = htmlPages(listFiles(dir));
}, BUILD_HOOK_TIMEOUT);

let server: Server | undefined;
let browser: Browser;
let origin = '';
beforeAll(async () => {
  server = serveStatic(dir, BASE);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  // The corpus, the site and its cache.
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('listings above the page size', () => {
  it('split the toolbox sections, the examples and the past events into pages', () => {
    const listings = files.filter((f) => LISTING.test(f));
    expect(listings).toContain('toolbox/phase/prepare/index.html');
    expect(listings).toContain('toolbox/phase/prepare/2/index.html');
    expect(listings.some((f) => f.startsWith('toolbox/instrument/'))).toBe(true);
    expect(listings).toContain('examples/page/2/index.html');
    expect(listings).toContain('events/past/2/index.html');
  });

  it('give each page at most the page size of entries', () => {
    const itemCounts = files
      .filter((f) => /^examples\/page\/|^events\/past\/|^toolbox\/(phase|instrument)\//.test(f))
      .map(
        (f) =>
          [
            f,
            (html(f).match(/<li><a href="[^"]+"[^>]*>/g) ?? []).filter((li) =>
              DETAIL.test(fileOf(/href="([^"]+)"/.exec(li)?.[1] ?? '')),
            ).length,
          ] as const,
      );
    expect(itemCounts.length).toBeGreaterThan(0);
    expect(itemCounts.filter(([, count]) => count === 0 || count > PAGE_SIZE)).toEqual([]);
  });

  it('stay within the page-weight budgets and the 15 KiB HTML+CSS target on every page', () => {
    const assets = {
      read: (path: string) => {
        const file = join(dir, path.slice(BASE.length - 1));
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      },
    };
    const weights = files.map((file) => weighPage(html(file), pageUrl(file, BASE), assets));
    const over = overBudget(weights, BASE);
    expect(formatOverBudget(over)).toBe('');
    const heavy = weights.filter((w) => w.html + w.css > HTML_CSS_TARGET);
    expect(heaviestPages(heavy, heavy.length)).toBe('');
    expect(weights.filter((w) => LISTING.test(fileOf(w.url)) && w.js > 0).map((w) => w.url)).toEqual([]);
  });

  it('link the pages of each listing to each other: previous and next with rel, the current page marked', () => {
    const paged = files.filter((f) =>
      tags(f).some((t) => t.name === 'nav' && t.attributes['aria-label']?.startsWith('Pages of ')),
    );
    expect(paged.length).toBeGreaterThan(5);
    for (const file of paged) {
      const url = pageUrl(file, BASE);
      const links = pagerLinks(file);
      expect(
        links.filter((a) => a.attributes['aria-current'] === 'page').map((a) => a.attributes['href']),
        file,
      ).toEqual([url]);
      const next = links.find((a) => a.attributes['rel'] === 'next')?.attributes['href'];
      const previous = links.find((a) => a.attributes['rel'] === 'prev')?.attributes['href'];
      expect(next !== undefined || previous !== undefined, `${file} has neither a previous nor a next page`).toBe(true);
      if (next)
        expect(
          pagerLinks(fileOf(next)).find((a) => a.attributes['rel'] === 'prev')?.attributes['href'],
          `${next} leads back to ${url}`,
        ).toBe(url);
      if (previous)
        expect(
          pagerLinks(fileOf(previous)).find((a) => a.attributes['rel'] === 'next')?.attributes['href'],
          `${previous} leads on to ${url}`,
        ).toBe(url);
    }
  });

  it('reach every guide, example and event from the listings, following only listing pages', () => {
    const seen = new Set<string>();
    const found = new Set<string>();
    const queue = ['toolbox/index.html', 'examples/index.html', 'events/index.html'];
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      for (const a of anchors(file)) {
        const href = a.attributes['href'] ?? '';
        if (!href.startsWith(BASE)) continue;
        // A link to a place in another page (`print/#print`) still reaches that page.
        const target = fileOf(href.replace(/#.*$/, ''));
        if (LISTING.test(target)) queue.push(target);
        else if (DETAIL.test(target)) found.add(target);
      }
    }
    const details = files.filter((f) => DETAIL.test(f) && !LISTING.test(f));
    expect(details.length).toBeGreaterThan(ENTRIES / 2);
    expect(details.filter((f) => !found.has(f))).toEqual([]);
  });

  it('keep the toolbox anchors that guide pages link to, with a link to all guides of a long section', () => {
    const toolbox = tags('toolbox/index.html');
    const ids = new Set(toolbox.map((t) => t.attributes['id']));
    for (const id of ['prepare', 'tender', 'contract', 'cross-cutting', 'by-instrument'])
      expect(ids.has(id), id).toBe(true);
    expect([...ids].some((id) => id?.startsWith('instrument-'))).toBe(true);
    expect(html('toolbox/index.html')).toMatch(
      new RegExp(`<a href="${BASE}toolbox/phase/prepare/">All \\d+ guides in `),
    );
  });

  it('hand the examples filter over to the search page, with its parameter names and values, without a script', () => {
    for (const file of ['examples/index.html', 'examples/page/2/index.html']) {
      const page = tags(file);
      const form = page.find((t) => t.name === 'form' && t.attributes['aria-label'] === 'Filter examples');
      expect(form?.attributes['action'], file).toBe(`${BASE}search/`);
      expect(form?.attributes['method']).toBe('get');
      expect(
        page.some(
          (t) =>
            t.name === 'input' &&
            t.attributes['type'] === 'hidden' &&
            t.attributes['name'] === 'type' &&
            t.attributes['value'] === 'Example',
        ),
      ).toBe(true);
      const names = page.filter((t) => t.name === 'select').map((t) => t.attributes['name'] ?? '');
      expect(names.length).toBeGreaterThan(2);
      expect(names.filter((name) => !(FACET_KEYS as readonly string[]).includes(name))).toEqual([]);
      expect(
        page.some((t) => t.name === 'form' && 'hidden' in t.attributes && 'data-filter-form' in t.attributes),
      ).toBe(false);
    }
  });

  it('hand the toolbox filter over to the search page as well, for guides by instrument', () => {
    const page = tags('toolbox/index.html');
    expect(
      page.find((t) => t.name === 'form' && t.attributes['aria-label'] === 'Filter guides')?.attributes['action'],
    ).toBe(`${BASE}search/`);
    expect(
      page.some((t) => t.name === 'input' && t.attributes['name'] === 'type' && t.attributes['value'] === 'Guide'),
    ).toBe(true);
    expect(page.filter((t) => t.name === 'select').map((t) => t.attributes['name'])).toEqual(['instrument']);
  });

  it('offer as filter values exactly the facet values the search index gives the examples', () => {
    const indexed = new Set<string>();
    for (const file of files.filter(
      (f) => /^examples\/[^/]+\/index\.html$/.test(f) && !f.startsWith('examples/page/'),
    )) {
      for (const m of html(file).matchAll(/data-pagefind-filter="?(\w+)"?>([^<]*)</g))
        indexed.add(`${m[1]}=${decodeEntities(m[2] ?? '')}`);
    }
    const source = html('examples/index.html');
    const offered = [...source.matchAll(/<select id="filter-(\w+)"[^>]*>([\s\S]*?)<\/select>/g)].flatMap((m) =>
      [...(m[2] ?? '').matchAll(/<option value="([^"]+)"/g)].map((o) => `${m[1]}=${decodeEntities(o[1] ?? '')}`),
    );
    expect(offered.length).toBeGreaterThan(10);
    expect(offered.filter((value) => !indexed.has(value))).toEqual([]);
  });
});

describe('listing pages above the page size, audited like the real site', () => {
  const listings = () => files.filter((f) => LISTING.test(f));

  it('have only links and #fragments that reach the build', () => {
    const site = readBuild(dir, BASE);
    const broken = checkLinks(
      new Map([...site.pages].filter(([file]) => LISTING.test(file))),
      site.files,
      BASE,
      'http://localhost:4321',
    );
    expect(formatBrokenLinks(broken)).toBe('');
  });

  it("are valid HTML under the project's html-validate rules", async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const failures: string[] = [];
    for (const file of listings()) {
      const report = await validator.validateString(html(file), file);
      if (!report.valid) failures.push(formatterFactory('text')(report.results));
    }
    expect(failures.join('\n')).toBe('');
  });

  it(
    'have no axe-core violation',
    async () => {
      const page = await browser.newPage();
      const failures: string[] = [];
      // One page of each kind: the first and a later page of every split listing look alike.
      const sample = [
        'toolbox/index.html',
        'toolbox/phase/prepare/2/index.html',
        listings().find((f) => f.startsWith('toolbox/instrument/')) ?? '',
        'examples/index.html',
        'examples/page/2/index.html',
        'events/index.html',
        'events/past/2/index.html',
      ];
      for (const file of sample) {
        const url = pageUrl(file, BASE);
        await page.goto(`${origin}${url}`, { waitUntil: 'load' });
        const outcome = await runAxe(page);
        expect(outcome.passes, url).toBeGreaterThan(0);
        if (outcome.violations.length > 0) failures.push(formatViolations(url, outcome.violations));
      }
      await page.close();
      expect(failures.join('\n')).toBe('');
    },
    scaled(120_000),
  );
});

describe('the examples filter of a split listing', () => {
  it(
    'lists on the search page, with no query words, every example of the chosen country and nothing else',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}${BASE}examples/page/2/`, { waitUntil: 'load' });
      const country = await page.locator('#filter-country option').nth(1).getAttribute('value');
      expect(country).toBeTruthy();
      await page.selectOption('#filter-country', country ?? '');
      await page.locator('form[aria-label="Filter examples"] button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname === `${BASE}search/`);
      expect(new URL(page.url()).searchParams.get('type')).toBe('Example');
      expect(new URL(page.url()).searchParams.get('country')).toBe(country);
      await page
        .locator('#kf-status')
        .filter({ hasText: /result/ })
        .waitFor({ timeout: scaled(15_000) });
      const expected = files.filter(
        (f) =>
          /^examples\/[^/]+\/index\.html$/.test(f) &&
          !f.startsWith('examples/page/') &&
          html(f).includes(`data-pagefind-filter="country">${country}<`),
      ).length;
      expect(expected).toBeGreaterThan(0);
      expect(await page.textContent('#kf-status')).toBe(
        `${expected} ${expected === 1 ? 'result' : 'results'} with the chosen filters.`,
      );
      const paths = await page.$$eval('#kf-results > li h2 a', (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((path) => !DETAIL.test(fileOf(path)) || !path.startsWith(`${BASE}examples/`))).toEqual([]);
      await page.close();
    },
    scaled(60_000),
  );
});

describe('the real site, below the page size', () => {
  const site = inject('siteDir');
  const real = htmlPages(listFiles(site));

  it('has no listing split into pages', () => {
    expect(real.filter((f) => /^toolbox\/(phase|instrument)\/|^examples\/page\/|^events\/past\//.test(f))).toEqual([]);
  });

  it('keeps the in-place filters of the examples and the toolbox', () => {
    for (const file of ['examples/index.html', 'toolbox/index.html']) {
      const page = startTags(readFileSync(join(site, file), 'utf8'));
      expect(
        page.some((t) => t.name === 'form' && 'data-filter-form' in t.attributes),
        file,
      ).toBe(true);
      expect(
        page.some((t) => t.name === 'nav' && t.attributes['aria-label']?.startsWith('Pages of ')),
        file,
      ).toBe(false);
    }
  });
});
