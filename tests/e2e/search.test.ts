/**
 * The search page in a real browser, on the site built once for all tests:
 * ranking, facets, deep links, keyboard, live region, accessibility, CSP and
 * the help a reader gets when nothing is found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { scaled } from '../support/time-limits.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { TEST_REPO_URL } from '../support/build.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;
/**
 * The tests that need no browser setting of their own share one context (the site keeps nothing in
 * cookies or storage); each still opens its own page. A context per test, as browser.newPage() makes,
 * cost about 0.6 s of CPU more per test than a page in a shared one.
 */
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Tabs given back by the checks that took them from search(), reused from page to page: a new tab starts a
 * renderer process (tabPool in support/browser.ts). A check that fails leaves its tab out of the pool.
 */
const idle: Page[] = [];
const release = (page: Page) => void idle.push(page);

/** Opens the search page with these parameters, in a reused tab unless given one, and waits for the announced outcome. */
async function search(params: string, page?: Page): Promise<Page> {
  const tab = page ?? idle.pop() ?? (await context.newPage());
  await tab.goto(`${siteUrl}search/?${params}`);
  await tab
    .locator('#kf-status')
    .filter({ hasText: /result/ })
    .waitFor({ timeout: scaled(15_000) });
  return tab;
}

/** Result links as site paths, in rank order. */
function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('#kf-results > li h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
  );
}

/** The built HTML of a result, for checking what the page itself says. */
function builtPage(path: string): string {
  return readFileSync(join(siteDir, path.split('#')[0] ?? '', 'index.html'), 'utf8');
}

describe.concurrent('search ranking', () => {
  it('ranks the drones segment first for "drones"', async () => {
    const page = await search('q=drones');
    expect((await resultPaths(page))[0]).toBe('/segments/drones-and-in-drone-technology/');
    release(page);
  });

  it('finds the PCP glossary term and the PCP guide in the top three for "PCP"', async () => {
    const page = await search('q=PCP');
    const top = (await resultPaths(page)).slice(0, 3);
    expect(top).toContain('/glossary/#pcp');
    expect(top).toContain('/toolbox/pre-commercial-procurement/');
    release(page);
  });

  it('finds a country’s contact point, at its row in the directory, and its examples', async () => {
    const page = await search('q=Estonia');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain('/directory/#ee');
    expect(builtPage('/directory/')).toMatch(/\sid="ee"/);
    expect(paths.some((path) => path.startsWith('/examples/'))).toBe(true);
    release(page);
  });

  it('finds a country by its name in another EU language: "Estland" finds Estonia’s contact point and examples', async () => {
    const page = await search('q=Estland');
    const paths = await resultPaths(page);
    expect(paths).toContain('/directory/#ee');
    const examples = paths.filter((path) => path.startsWith('/examples/'));
    expect(examples.length).toBeGreaterThan(0);
    for (const path of examples) expect(builtPage(path), path).toContain('data-pagefind-filter="country">Estonia<');
    release(page);
  });

  it('never offers the whole directory or glossary page as one result', async () => {
    const page = await search('q=national contact');
    expect(await resultPaths(page)).not.toContain('/directory/');
    release(page);
  });
});

describe.concurrent('search filters', () => {
  it('narrows results to the chosen country, and writes the choice into the address', async () => {
    const page = await search('q=procurement');
    const before = (await page.textContent('#kf-status')) ?? '';
    await page.locator('[data-facet="country"] summary').click();
    await page.getByRole('checkbox', { name: /^Estonia \(\d+\)$/ }).check();
    await page.waitForFunction((previous) => document.getElementById('kf-status')?.textContent !== previous, before);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['Estonia']);
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(Number.parseInt((await page.textContent('#kf-status')) ?? '', 10)).toBeLessThan(Number.parseInt(before, 10));
    for (const path of paths) {
      if (path.startsWith('/directory/')) expect(path).toBe('/directory/#ee');
      else expect(builtPage(path), `${path} is not about Estonia`).toContain('data-pagefind-filter="country">Estonia<');
    }
    release(page);
  });

  it('keeps keyboard focus on a filter while the results change under it', async () => {
    const page = await search('q=procurement');
    const before = (await page.textContent('#kf-status')) ?? '';
    await page.locator('[data-facet="type"] summary').click();
    const guide = page.getByRole('checkbox', { name: /^Guide \(\d+\)$/ });
    await guide.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((previous) => document.getElementById('kf-status')?.textContent !== previous, before);
    expect(await guide.isChecked()).toBe(true);
    expect(await guide.evaluate((box) => box === document.activeElement)).toBe(true);
    release(page);
  });

  it('lets a reader add a second value of the same facet, since values of one facet add up', async () => {
    const page = await search('q=procurement');
    await page.locator('[data-facet="type"] summary').click();
    const boxes = page.locator('[data-facet="type"] input[type="checkbox"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-facet="type"] input:not([disabled])').length > 1);
    const enabled = await boxes.evaluateAll((inputs) =>
      inputs.filter((i) => !(i as HTMLInputElement).disabled).map((i) => (i as HTMLInputElement).value),
    );
    const before = (await page.textContent('#kf-status')) ?? '';
    await boxes.and(page.locator(`[value="${enabled[0]}"]`)).check();
    await page.waitForFunction((previous) => document.getElementById('kf-status')?.textContent !== previous, before);
    const stillEnabled = await boxes.evaluateAll((inputs) =>
      inputs.filter((i) => !(i as HTMLInputElement).disabled).map((i) => (i as HTMLInputElement).value),
    );
    expect(stillEnabled).toEqual(enabled);
    release(page);
  });

  it('lists everything in the chosen facets when there are no words', async () => {
    const page = await search('type=Glossary+term');
    const glossaryIds = [...builtPage('/glossary/').matchAll(/\sid="([^"]+)"[^>]*>\s*<dt[\s>]/g)].map((m) => m[1]);
    expect(glossaryIds.length).toBeGreaterThan(0);
    expect(await page.textContent('#kf-status')).toBe(`${glossaryIds.length} results with the chosen filters.`);
    expect((await resultPaths(page)).every((path) => path.startsWith('/glossary/#'))).toBe(true);
    release(page);
  });

  it('narrows events and examples to a period of years', async () => {
    const page = await search('type=Event&from=2023&to=2023');
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(builtPage(path), path).toContain('data-pagefind-filter="year">2023<');
    release(page);
  });
});

describe.concurrent('search results', () => {
  it('deep-links matching sections to anchors that exist on the page', async () => {
    const page = await search('q=PCP');
    const section = page.locator('.result-sections a').first();
    const href = (await section.getAttribute('href')) ?? '';
    expect(href).toMatch(/#.+/);
    await section.click();
    await page.waitForURL((url) => url.hash !== '');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.evaluate((target) => document.getElementById(target) !== null, id)).toBe(true);
    release(page);
  });

  it('shows each result’s type and highlights the words matched', async () => {
    const page = await search('q=drones');
    const first = page.locator('#kf-results > li').first();
    expect(await first.locator('.result-type').textContent()).toBe('Segment');
    expect((await first.locator('mark').allTextContents()).some((text) => /drones/i.test(text))).toBe(true);
    release(page);
  });

  it('shows ten results at first, and the next ten on request with focus on the first new one', async () => {
    const page = await search('q=procurement');
    expect(await page.locator('#kf-results > li').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#kf-results > li').length > 10);
    const eleventh = await page.locator('#kf-results > li').nth(10).locator('h2 a').getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eleventh);
    release(page);
  });

  it('announces the number of results in a polite live region', async () => {
    const page = await search('q=PCP');
    const status = page.getByRole('status');
    expect(await status.textContent()).toMatch(/^\d+ results for “PCP”\.$/);
    release(page);
  });

  it('moves through results with the arrow keys and clears with Escape', async () => {
    const page = await search('q=PCP');
    const links = page.locator('#kf-results a');
    const focusedHref = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.focus('#kf-q');
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await links.nth(0).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await links.nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toBe('kf-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await focusedHref()).toBe('kf-q');
    expect(await page.inputValue('#kf-q')).toBe('');
    await page.waitForFunction(() => document.querySelectorAll('#kf-results > li').length === 0);
    expect(new URL(page.url()).search).toBe('');
    release(page);
  });

  it('loads results without moving anything already on screen', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await search('q=PCP', page);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
    await page.close();
  });

  it('searches as the reader types and keeps the words in the address', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}search/`);
    await page.locator('#kf-search.is-ready').waitFor();
    await page.fill('#kf-q', 'drones');
    await page
      .locator('#kf-status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('drones');
    expect(await page.title()).toMatch(/^drones – Search/);
    await page.close();
  });
});

describe.concurrent('a search that finds nothing', () => {
  it('suggests the closest glossary terms, the indexes and a pre-filled issue', async () => {
    // Pagefind forgives small typos itself ("IPNCX" finds IPNC), so this one is further off.
    const page = await search('q=qpnc');
    expect(await page.textContent('#kf-status')).toBe('No results for “qpnc”.');
    const none = page.locator('#kf-none');
    expect(await none.locator('#kf-suggest a').first().getAttribute('href')).toBe('/glossary/#ipnc');
    expect(await none.getByRole('link', { name: 'Glossary' }).getAttribute('href')).toBe('/glossary/');
    const issue = new URL((await page.getAttribute('#kf-issue', 'href')) ?? '');
    expect(`${issue.origin}${issue.pathname}`).toBe(`${TEST_REPO_URL}/issues/new`);
    expect(issue.searchParams.get('title')).toBe('I could not find “qpnc”');
    release(page);
  });
});

describe.concurrent('the search page’s layout and keyboard path', () => {
  it('has one search box: the header shows none on the search page', async () => {
    const page = await search('q=drones');
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.locator('#site-search-q').count()).toBe(0);
    expect(await page.inputValue('#kf-q')).toBe('drones');
    release(page);
  });

  it('moves focus to the announced outcome once a submitted search has shown its results', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}search/`);
    await page.locator('#kf-search.is-ready').waitFor();
    await page.fill('#kf-q', 'drones');
    await page.press('#kf-q', 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'kf-status');
    expect(await page.textContent('#kf-status')).toMatch(/^\d+ results? for “drones”\.$/);
    await page.close();
  });

  it('says which word was searched when the index answered a typo with a near word', async () => {
    const page = await search('q=procuremnt');
    expect(await page.textContent('#kf-status')).toMatch(
      /^No results for “procuremnt”\. Showing \d+ results? for “procurement” instead\.$/,
    );
    release(page);
  });

  it('does not repeat the title in the excerpt, and marks words without their punctuation', async () => {
    const page = await search('q=drones');
    const results = await page.locator('#kf-results > li').all();
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const title = (await result.locator('h2').textContent())?.trim() ?? '';
      const excerpt = (await result.locator('.result-excerpt').textContent())?.trim() ?? '';
      expect(excerpt.toLowerCase().startsWith(title.toLowerCase()), `${title}: ${excerpt}`).toBe(false);
    }
    for (const mark of await page.locator('#kf-results mark').allTextContents())
      expect(mark).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
    release(page);
  });

  it('reserves no blank area under a short list of results', async () => {
    const page = await search('q=drones');
    const gap = await page.evaluate(() => {
      const list = document.getElementById('kf-results')!.getBoundingClientRect();
      const next = document.querySelector('.search-results')!.getBoundingClientRect();
      return next.bottom - list.bottom;
    });
    expect(gap).toBeLessThan(100);
    release(page);
  });

  it('reaches the first result in at most three Tab presses from the words', async () => {
    for (const width of [375, 1280]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await search('q=PCP', page);
      const first = await page.locator('#kf-results > li h2 a').first().getAttribute('href');
      await page.focus('#kf-q');
      let presses = 0;
      while (presses < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== first) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect(presses, `Tab presses at ${width} px`).toBeLessThanOrEqual(3);
      await page.close();
    }
  });

  it('offers terms and the indexes when there are no words, and hides them once results show', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}search/`);
    await page.locator('#kf-search.is-ready').waitFor();
    const start = page.locator('#kf-start');
    expect(await start.isVisible()).toBe(true);
    expect(await start.locator('a[href^="/search/?q="]').count()).toBeGreaterThan(0);
    expect(await start.locator('a[href="/glossary/"]').count()).toBeGreaterThan(0);
    await page.fill('#kf-q', 'drones');
    await page
      .locator('#kf-status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(await start.isVisible()).toBe(false);
    await page.close();
  });

  it('suggests a country for a misspelt name in any EU language', async () => {
    const page = await search('q=Estlnd');
    expect(await page.textContent('#kf-status')).toBe('No results for “Estlnd”.');
    expect(await page.locator('#kf-suggest a').allTextContents()).toContain('Estonia');
    release(page);
  });

  it('writes result dates as the rest of the site does', async () => {
    const page = await search('type=Event');
    const metas = await page.locator('#kf-results .result-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas)
      expect(meta).toMatch(
        /· (\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
      );
    release(page);
  });
});

describe.concurrent('the search page without JavaScript', () => {
  it('says search needs JavaScript and links to the indexes, and the header box still reaches it', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${siteUrl}toolbox/`);
    await page.fill('#site-search-q', 'drones');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=drones$/);
    expect(await page.textContent('main')).toContain('Search needs JavaScript');
    for (const index of ['/toolbox/', '/examples/', '/segments/', '/events/', '/directory/', '/glossary/']) {
      expect(await page.locator(`main noscript`).innerHTML()).toContain(`href="${index}"`);
    }
    // No control it cannot serve: no search box, button, filter or select is shown.
    for (const role of ['searchbox', 'button', 'checkbox', 'combobox'] as const)
      expect(await page.locator('main').getByRole(role).count(), role).toBe(0);
    // The words stay in the address, for when JavaScript is back.
    expect(new URL(page.url()).searchParams.get('q')).toBe('drones');
    await noScript.close();
  });
});

describe.concurrent('the search page’s safety and accessibility', () => {
  // Pagefind compiles its WebAssembly in a web worker when it can, and on the page when it cannot:
  // only the second needs the search page's 'wasm-unsafe-eval', so both are tried.
  for (const worker of [true, false]) {
    it(`searches without any Content-Security-Policy violation ${worker ? 'in a web worker' : 'on the page itself, without a web worker'}`, async () => {
      const page = await context.newPage();
      await page.addInitScript((keepWorker) => {
        const w = window as unknown as { violations: string[]; Worker: unknown };
        w.violations = [];
        if (!keepWorker) w.Worker = undefined;
        document.addEventListener('securitypolicyviolation', (event) =>
          w.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      }, worker);
      await search('q=PCP', page);
      expect(await page.locator('#kf-results > li').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      await page.close();
    });
  }

  it('allows WebAssembly on the search page alone', () => {
    const policy = (path: string) =>
      /http-equiv="content-security-policy" content="([^"]+)"/.exec(builtPage(path))?.[1] ?? '';
    expect(policy('/search/')).toContain("'wasm-unsafe-eval'");
    for (const path of ['/', '/toolbox/pre-commercial-procurement/', '/glossary/'])
      expect(policy(path)).not.toContain('wasm');
  });

  it('has no axe violations with results and sections shown', async () => {
    const page = await search('q=PCP&sort=');
    await page.locator('[data-facet="type"] summary').click();
    const { violations } = await runAxe(page);
    expect(formatViolations(page.url(), violations)).toBe('');
    release(page);
  });
});
