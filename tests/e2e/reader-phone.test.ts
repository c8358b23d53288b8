/**
 * The site on a phone and on paper: pages that fit 320 px, tables that never
 * cut a word there, the menu reachable without JavaScript, the print views on
 * A4 paper.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pageKinds, sharedVisits, siteAddress, useBrowser } from './reader-support.ts';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_SECTIONS } from '../../src/lib/site-sections.ts';

const siteDir = inject('siteDir');
const browser = useBrowser();

/**
 * One context per set of settings, shared by the checks that use it; each check loads its own page, in a
 * tab reused from page to page (tabPool in support/browser.ts) when it leaves the tab as it found it.
 */
const contexts = new Map<string, Promise<BrowserContext>>();
const idle = new Map<string, Page[]>();
async function open(path: string, options: BrowserContextOptions = {}) {
  const key = JSON.stringify(options);
  if (!contexts.has(key)) contexts.set(key, browser().newContext(options));
  const tabs = idle.get(key) ?? [];
  idle.set(key, tabs);
  const page = tabs.pop() ?? (await (await contexts.get(key)!).newPage());
  await page.goto(siteAddress(path));
  return {
    page,
    close: async () => {
      tabs.push(page);
    },
  };
}

/** Every page with a table in its body, found in the build; a guide's print view repeats the guide's tables. */
const tablePages = htmlPages(listFiles(siteDir))
  .filter((file) => !/^toolbox\/[^/]+\/print\//.test(file))
  .filter((file) => readFileSync(join(siteDir, file), 'utf8').includes('<table'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

/** Every page of the toolbox, guides, their print views and the printable toolbox: where wide tables live. */
const toolboxPages = htmlPages(listFiles(siteDir))
  .filter((file) => file.startsWith('toolbox/'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
const kinds = pageKinds(siteDir);

/** Pages as a 320 px wide phone shows them: each loaded once for all the checks below that only read it. */
const phone = sharedVisits(browser, { viewport: { width: 320, height: 640 } });

/** One check of the shared 320 px page of `path`, as its own test. */
function onPhone(name: string, path: string, check: (page: Page) => Promise<void>) {
  phone.uses([path]);
  it(name, () => phone.read(path, ({ page }) => check(page)));
}

async function fits(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function cutsNoWord(page: Page) {
  const broken = await page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll('main td, main th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A compound may break after its hyphen or dash ("sub-" / "central", "2025–" / "2027"), as typesetters do;
        // what must never happen is a break between two letters or digits of one word.
        for (const match of text.matchAll(/[^\s\u2010-\u2014/-]+[\u2010-\u2014/-]?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // A word on one line has one box per line it spans; two boxes at different heights is a cut word.
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(match[0]);
        }
      }
    }
    return found;
  });
  expect(broken).toEqual([]);
}

/** A table's name is its caption or the text it is labelled by, whatever the width of the screen. */
async function namesEveryTable(page: Page) {
  const unnamed = await page.$$eval('main table', (tables) =>
    tables
      .filter((table) => {
        const caption = table.querySelector('caption')?.textContent?.trim();
        const by = table.getAttribute('aria-labelledby');
        return !caption && !(by && document.getElementById(by)?.textContent?.trim());
      })
      .map((table) => table.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
}

// The checks of one page are declared together, so each page is open only while its checks run; they only
// read the page and mostly wait on the browser, so they run side by side.
describe.concurrent('every page a reader meets, on a 320 px phone', () => {
  for (const path of new Set([...kinds.map((k) => k.path), ...toolboxPages, ...tablePages])) {
    for (const { kind } of kinds.filter((k) => k.path === path))
      onPhone(`${kind} (${path}) fits a 320 px wide phone without sideways scrolling`, path, fits);
    // Guides are where wide tables live: every one of them, and the printable toolbox, not only one of each kind.
    if (toolboxPages.includes(path)) onPhone(`${path} fits a 320 px wide phone without sideways scrolling`, path, fits);
    if (tablePages.includes(path)) {
      onPhone(`${path} cuts no word of a table cell across two lines`, path, cutsNoWord);
      onPhone(`${path} names every table, by a caption or a heading`, path, namesEveryTable);
    }
  }
});

describe.concurrent('tables on a 320 px phone', () => {
  it('exist in the build, so the checks above check something', () => {
    expect(tablePages.length).toBeGreaterThan(0);
  });

  // A Markdown table in a body: the renderer labels its cells (tables a page builds itself may scroll instead).
  const stacked = tablePages.find((path) =>
    readFileSync(join(siteDir, path, 'index.html'), 'utf8').includes('data-label='),
  );
  if (stacked) phone.uses([stacked]);
  it('shows each cell’s column header above it when the rows are stacked', async () => {
    expect(stacked, 'a page with a body table').toBeDefined();
    await phone.read(stacked!, async ({ page }) => {
      const cell = page.locator('main td[data-label]').first();
      const [label, before] = await cell.evaluate((td) => [
        td.getAttribute('data-label'),
        getComputedStyle(td, '::before').content,
      ]);
      expect(before).toBe(`"${label}"`);
    });
  });
});

describe.concurrent('the main menu on a phone without JavaScript', () => {
  it.each(kinds)('$kind ($path) opens the menu and reaches every section', async ({ path }) => {
    const { page, close } = await open(path, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const menu = page.getByRole('navigation', { name: 'Main' }).locator('details');
    const summary = menu.locator('summary', { hasText: 'Menu' });
    expect(await summary.isVisible()).toBe(true);
    await summary.click();
    for (const { label } of SITE_SECTIONS)
      expect(await menu.getByRole('link', { name: label, exact: true }).isVisible(), label).toBe(true);
    await close();
  });

  it('keeps the section the reader is in visible beside the closed menu', async () => {
    const { page, close } = await open('/toolbox/', {
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    const current = page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current]:visible');
    expect(await current.allTextContents()).toEqual(['Toolbox']);
    await close();
  });

  it('shows the row of sections, not the menu, on a desktop', async () => {
    const { page, close } = await open('/', { viewport: { width: 1280, height: 800 } });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.locator('summary').isVisible()).toBe(false);
    expect(await nav.getByRole('link', { name: 'Glossary', exact: true }).isVisible()).toBe(true);
    await close();
  });
});

describe.concurrent('print views', () => {
  const guide = htmlPages(listFiles(siteDir)).find((file) => /^toolbox\/[^/]+\/print\/index\.html$/.test(file));

  it('exist for every guide, linked from the guide as a plain link', () => {
    expect(guide).toBeDefined();
    const slug = guide!.split('/')[1];
    expect(readFileSync(join(siteDir, 'toolbox', slug!, 'index.html'), 'utf8')).toContain(
      `href="/toolbox/${slug}/print/#print"`,
    );
  });

  for (const path of ['/toolbox/print/', guide ? `/${guide.replace(/index\.html$/, '')}` : '/toolbox/print/'])
    it(`${path} prints on A4 paper`, async () => {
      const { page, close } = await open(path);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      // A4 is 595.3 × 841.9 points; Chromium writes it as 594.96 × 841.92.
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
      expect(Number(box?.[1])).toBeCloseTo(595, 0);
      expect(Number(box?.[2])).toBeCloseTo(842, 0);
      await close();
    });

  it('leave navigation, tags and "see all updates" off paper', async () => {
    const { page } = await open(`/toolbox/${guide!.split('/')[1]}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.taglist', '.step-by-step', 'a[href="#updates"]', '.print-link'])
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
    // Print media stays with the tab from page to page: this one is not reused.
    await page.close();
  });
});
