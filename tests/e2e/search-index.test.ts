/**
 * The search index the build writes: what it holds, what it leaves out, how
 * acronyms are handled, and what the search page costs to load. Queries go
 * straight to pagefind.js in a browser, as the search page's own script does.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { isEntryPage, mainText, pageUrl } from '../../src/lib/search/page-html.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import { readConfig } from '../../src/lib/config.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;
let page: Page;

const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const read = (file: string) => readFileSync(join(siteDir, file), 'utf8');

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Every result URL for a query, in rank order, from pagefind.js itself. The
 * script is a string so the test runner does not rewrite its dynamic import.
 */
function allResults(query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(search.results.map(async (result) => (await result.data()).url));
  })()`);
}

describe('the search index', () => {
  it('holds every detail page, contact point and glossary term, and nothing else', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = htmlFiles.filter((file) => isEntryPage(read(file))).length;
    const { entries } = validateContent(readConfig().contentDir);
    const records = entries.filter((e) => e.collection === 'contacts' || e.collection === 'glossary').length;
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(pages + records);
  });

  it('leaves listing pages, the home page and the search page out', async () => {
    for (const file of [
      'index.html',
      'search/index.html',
      'toolbox/index.html',
      'directory/index.html',
      'glossary/index.html',
    ]) {
      expect(isEntryPage(read(file)), file).toBe(false);
    }
    expect(await allResults('glossary')).not.toContain('/glossary/');
  });

  it('publishes only the parts of Pagefind the search page uses', () => {
    expect(existsSync(join(siteDir, 'pagefind/pagefind.js'))).toBe(true);
    for (const file of [
      'pagefind-ui.js',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.js',
      'pagefind-highlight.js',
    ]) {
      expect(existsSync(join(siteDir, 'pagefind', file)), file).toBe(false);
    }
  });
});

describe('acronyms in search', () => {
  const JCBPP = /(?<![\p{L}\p{N}])JCBPPs?(?![\p{L}\p{N}])/u;
  const EXPANSION = /joint[\s-]+cross[\s-]+border[\s-]+public[\s-]+procurement/i;
  const pages = htmlFiles
    .filter((file) => isEntryPage(read(file)))
    .map((file) => ({ url: pageUrl(file), text: mainText(read(file)) }));

  it('finds pages that only write "JCBPP" when searching "joint cross-border public procurement"', async () => {
    const acronymOnly = pages.filter((p) => JCBPP.test(p.text) && !EXPANSION.test(p.text)).map((p) => p.url);
    expect(acronymOnly.length).toBeGreaterThan(0);
    const found = await allResults('joint cross-border public procurement');
    expect(acronymOnly.filter((url) => !found.includes(url))).toEqual([]);
  });

  it('finds pages that only write "joint cross-border public procurement" when searching "JCBPP"', async () => {
    const expansionOnly = pages.filter((p) => EXPANSION.test(p.text) && !JCBPP.test(p.text)).map((p) => p.url);
    expect(expansionOnly.length).toBeGreaterThan(0);
    const found = await allResults('JCBPP');
    expect(expansionOnly.filter((url) => !found.includes(url))).toEqual([]);
  });
});

describe('what the search page costs', () => {
  it('ships its own script under 20 KB gzipped, Pagefind aside', () => {
    const html = read('search/index.html');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(siteDir, src))).length, 0);
    expect(bytes).toBeLessThan(20 * 1024);
  });

  it('ships no script with content pages, whose search box is a plain form', () => {
    const guide = read('toolbox/pre-commercial-procurement/index.html');
    expect(guide).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(guide).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"[^>]*method="get"/);
  });
});
