/**
 * Cumulative layout shift of every page kind under slow-phone conditions, as
 * Lighthouse's mobile profile sets them (4× slower CPU, 150 ms round trips,
 * 1.6 Mbit/s down): a late script or style then moves what painted first,
 * which a fast test machine never shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pageKinds, siteAddress, useBrowser } from './reader-support.ts';
import { scaled } from '../support/time-limits.ts';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';

const siteDir = inject('siteDir');
const browser = useBrowser();
const LIMIT = 0.01;

/** Opens a page as a slow phone would and sums its layout shifts (all of them, not only the worst window: stricter than CLS). */
async function layoutShift(
  open: Browser,
  path: string,
  ready?: (page: Page) => Promise<unknown>,
  viewport = { width: 412, height: 823 },
): Promise<{ total: number; sources: string[] }> {
  const context = await open.newContext({
    viewport,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) =>
          s.node instanceof Element
            ? `${s.node.tagName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}${s.node.className && typeof s.node.className === 'string' ? `.${s.node.className.split(' ').join('.')}` : ''}`
            : String(s.node?.nodeName),
        );
        w.shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(siteAddress(path), { waitUntil: 'load' });
  if (ready) await ready(page);
  // The slow CPU has done its part once the loaded page has painted: what painted first is on screen.
  // Chromium throttles by keeping the page's main thread busy, about a core per page while the throttle
  // is on, so it is lifted for the wait below: late work then runs sooner, still after that paint, and
  // whatever it moves still counts, within the same moment.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Late work (scripts run after load, fonts, the search index) has a moment to move things.
  await page.waitForTimeout(1500);
  const shifts = await page.evaluate(
    () => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
  );
  await context.close();
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), sources: shifts.flatMap((s) => s.sources) };
}

describe('layout shift under slow-phone conditions', () => {
  const kinds = [
    ...pageKinds(siteDir),
    { kind: 'search, no words', path: '/search/' },
    { kind: 'search with results', path: '/search/?q=procurement' },
    { kind: 'search finding nothing', path: '/search/?q=qpnc' },
    { kind: 'examples filtered by a link', path: '/examples/?status=completed' },
  ];
  // The throttled CPU and network mostly make the browser wait, so pages are measured side by side.
  for (const { kind, path } of kinds) {
    it.concurrent(
      `stays below ${LIMIT} on the ${kind} (${path})`,
      async () => {
        const ready = path.startsWith('/search/?')
          ? (page: Page) =>
              page
                .locator('#kf-status')
                .filter({ hasText: /result/ })
                .waitFor({ timeout: scaled(30_000) })
          : undefined;
        const { total, sources } = await layoutShift(browser(), path, ready);
        console.info(`CLS ${path}: ${total.toFixed(4)}`);
        expect(total, `shifted: ${sources.join(', ')}`).toBeLessThan(LIMIT);
      },
      scaled(60_000),
    );
  }
});

describe('layout shift of the search results on a narrow phone', () => {
  // At 375 px the results push the filter panel, the page's end and the footer further than at 412 px.
  const viewport = { width: 375, height: 667 };
  const searches = [
    { kind: 'many results', path: '/search/?q=procurement' },
    { kind: 'a few results', path: '/search/?q=drone' },
    { kind: 'a typo searched again', path: '/search/?q=procuremnt' },
    { kind: 'nothing found', path: '/search/?q=qpnc' },
  ];
  for (const { kind, path } of searches) {
    it.concurrent(
      `stays below ${LIMIT} at 375 px with ${kind} (${path})`,
      async () => {
        const ready = (page: Page) =>
          page
            .locator('#kf-status')
            .filter({ hasText: /result/ })
            .waitFor({ timeout: 30_000 });
        const { total, sources } = await layoutShift(browser(), path, ready, viewport);
        console.info(`CLS 375 px ${path}: ${total.toFixed(4)}`);
        expect(total, `shifted: ${sources.join(', ')}`).toBeLessThan(LIMIT);
      },
      60_000,
    );
  }
});

describe('controls that a script would reveal after the first paint', () => {
  // The examples filter was once served hidden and shown by its script, a 0.113 shift on a slow phone;
  // a form drawn from the start (and left out by CSS where scripting is off) cannot move anything.
  it('are drawn from the start: no page serves a hidden form', () => {
    const pages = htmlPages(listFiles(siteDir));
    expect(pages.length).toBeGreaterThan(0);
    const offenders = pages.filter((page) =>
      /<form\b[^>]*\shidden[\s>=]/.test(readFileSync(join(siteDir, page), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
