/**
 * Search figures for a built site, in headless Chromium on a cold page:
 * index size, bytes fetched to open the search page, by a first and a second
 * query, and the time from keystroke to rendered results. `npm run bench`
 * calls measureSearch() for each synthetic size; alone it measures one folder:
 *
 *   npx node scripts/bench/search.ts dist/ [--base /knowledge-factory/] [--url http://host/base/]
 *
 * Bytes are counted at the server, so requests made by Pagefind's web worker
 * count too. The test server does not compress: Pagefind's index files are
 * gzipped already, but the page's own HTML, CSS and JS would shrink on a real
 * host. Times include the search page's 100 ms pause after typing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { resolveRequestPath, serveStatic } from '../lib/serve.ts';
import { launchBrowser } from '../lib/browser.ts';

export interface SearchMeasureOptions {
  /** The built site folder (its pagefind/ is weighed). */
  siteDir: string;
  /** The base path the site was built for. */
  base: string;
  /** Where the site is already served; when absent, siteDir is served on a free port. */
  url?: string;
  /** Synthetic corpus size, for the report only. */
  entries?: number;
  /** The two queries typed one after the other; they must find something in the site. */
  queries?: readonly [string, string];
}

export interface SearchFigures {
  indexFiles: number;
  indexKiB: number;
  /** Opening /search/ until Pagefind is ready: HTML, CSS, script, pagefind.js and its worker, WebAssembly, metadata. */
  openPageKiB: number;
  /** The same, had the host compressed text files as static hosts do (Pagefind's index files are compressed already). */
  openPageGzipKiB: number;
  firstQueryKiB: number;
  firstQueryMs: number;
  secondQueryKiB: number;
  secondQueryMs: number;
  /** Opening /search/?q=… on a cold page until its results are rendered (from navigation start). */
  sharedLinkMs: number;
  firstResults: number;
}

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, name));
    if (info.isFile()) {
      files++;
      bytes += info.size;
    }
  }
  return { files, bytes };
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

/** What a host that gzips text would send for a file. */
function gzippedSize(path: string | undefined): number {
  if (!path) return 0;
  try {
    const body = readFileSync(path);
    return COMPRESSIBLE.has(extname(path)) ? gzipSync(body).length : body.length;
  } catch {
    return 0;
  }
}

/** Serves the folder and counts every byte sent, headers included, and what a compressing host would send. */
async function countingServer(siteDir: string, base: string) {
  const server = serveStatic(siteDir, base);
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  let gzipBytes = 0;
  server.on('request', (request: { url?: string }) => {
    gzipBytes += gzippedSize(resolveRequestPath(siteDir, base, request.url ?? '/'));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    sent: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    gzipped: () => gzipBytes,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * Types a query into the search box and resolves, in the page, when its
 * results are announced: milliseconds from the input event to that moment.
 */
function typeAndWait(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done, fail) => {
        const status = document.getElementById('kf-status');
        const input = document.getElementById('kf-q') as HTMLInputElement | null;
        if (!status || !input) return fail(new Error('not the search page'));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent?.includes(`“${q}”`)) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => fail(new Error(`no results announced for "${q}" within 30 s`)), 30_000);
      }),
    query,
  );
}

/**
 * Waits until the server has sent nothing for a while: Pagefind's worker may
 * still be downloading its WebAssembly when the page says it is ready, and
 * those bytes belong to opening the page, not to the query typed next.
 */
async function settle(sent: () => number, quietMs = 300): Promise<void> {
  let last = sent();
  for (;;) {
    await new Promise((done) => setTimeout(done, quietMs));
    const now = sent();
    if (now === last) return;
    last = now;
  }
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function measureSearch(options: SearchMeasureOptions): Promise<SearchFigures> {
  const [first, second] = options.queries ?? ['drones', 'procurement'];
  const index = folderStats(join(options.siteDir, 'pagefind'));
  const server = options.url ? undefined : await countingServer(options.siteDir, options.base);
  const url = options.url ?? server?.url ?? '';
  const sent = () => server?.sent() ?? Number.NaN;
  const gzipped = () => server?.gzipped() ?? Number.NaN;
  const browser = await launchBrowser();
  try {
    // A fresh context is a cold cache: nothing of the site is stored yet.
    let context = await browser.newContext();
    let page = await context.newPage();
    let before = sent();
    const gzipBefore = gzipped();
    await page.goto(`${url}search/`);
    await page.locator('#kf-search.is-ready').waitFor({ timeout: 30_000 });
    if (server) await settle(sent);
    const openPage = sent() - before;
    const openPageGzip = gzipped() - gzipBefore;
    before = sent();
    const firstQueryMs = await typeAndWait(page, first);
    const firstQuery = sent() - before;
    const firstResults = await page.locator('#kf-results > li').count();
    if (server) await settle(sent);
    before = sent();
    const secondQueryMs = await typeAndWait(page, second);
    const secondQuery = sent() - before;
    await context.close();

    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent(first)}`);
    await page.locator('#kf-status').filter({ hasText: first }).waitFor({ timeout: 30_000 });
    const sharedLinkMs = await page.evaluate(() => performance.now());
    await context.close();

    return {
      indexFiles: index.files,
      indexKiB: kib(index.bytes),
      openPageKiB: kib(openPage),
      openPageGzipKiB: kib(openPageGzip),
      firstQueryKiB: kib(firstQuery),
      firstQueryMs,
      secondQueryKiB: kib(secondQuery),
      secondQueryMs,
      sharedLinkMs,
      firstResults,
    };
  } finally {
    await browser.close();
    await server?.close();
  }
}

export default measureSearch;

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string', default: '/' }, url: { type: 'string' } },
  });
  const siteDir = resolve(positionals[0] ?? 'dist');
  const figures = await measureSearch({
    siteDir,
    base: values.base ?? '/',
    ...(values.url ? { url: values.url } : {}),
  });
  for (const [name, value] of Object.entries(figures))
    console.log(
      `${name.padEnd(15)} ${typeof value === 'number' ? (Number.isInteger(value) ? value : value.toFixed(1)) : value}`,
    );
}
