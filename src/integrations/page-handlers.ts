/**
 * What the build's integrations do with each rendered page (page-csp.ts prunes
 * its policy, qr-codes.ts writes its code, pagefind.ts indexes it), registered
 * for the length of a build, in the order the integrations are installed
 * (src/integrations/index.ts). The middleware (rendered-pages.ts) reads them
 * through `virtual:kf/page-handlers`, the same instance of this module
 * (src/integrations/shared-modules.ts).
 */
export interface RenderedPage {
  /** As requested, base path included: `/knowledge-factory/toolbox/pcp/`. */
  pathname: string;
  /** The page's own address on the site: `https://…/knowledge-factory/toolbox/pcp/`. */
  canonical: string;
  html: string;
}

export interface PageHandler {
  /** Changes the page before it is written and before any `observe`; must be idempotent. */
  transform?(page: RenderedPage): string;
  /** Sees the page as it will be written; the build waits for the returned promise before the next page. */
  observe?(page: RenderedPage): void | Promise<void>;
}

const handlers = new Map<string, PageHandler>();
/** Pages rendered in this build, by pathname: the others were copied from Astro's incremental cache. */
const rendered = new Set<string>();
/** Pages the handlers have seen in this build, by pathname. */
const shown = new Set<string>();
/** Whether handlers see pages only when the build is done (rendered-pages.ts), in the order Astro lists them. */
let observeWhenDone = false;

export function registerPageHandler(name: string, handler: PageHandler): void {
  handlers.set(name, handler);
}

export function unregisterPageHandler(name: string): void {
  handlers.delete(name);
}

/** The handlers registered for this build, in the order they registered. */
export function pageHandlers(): Iterable<PageHandler> {
  return handlers.values();
}

/** Transforms a rendered page and shows it to every handler; returns the page as it will be written. */
export async function showRenderedPage(page: RenderedPage): Promise<string> {
  rendered.add(withoutTrailingSlash(page.pathname));
  let html = page.html;
  for (const handler of handlers.values()) if (handler.transform) html = handler.transform({ ...page, html });
  if (!observeWhenDone) await showWrittenPage({ ...page, html });
  return html;
}

/**
 * Shows a page as written to every handler. A page Astro copied from its incremental cache (page-keys.ts) was
 * transformed when it was rendered; its handlers still need to see it: the search index and the QR codes are
 * made again by every build.
 */
export async function showWrittenPage(page: RenderedPage): Promise<void> {
  shown.add(withoutTrailingSlash(page.pathname));
  for (const handler of handlers.values()) await handler.observe?.(page);
}

/** Whether this build showed the page at `pathname` to the handlers. */
export function wasShown(pathname: string): boolean {
  return shown.has(withoutTrailingSlash(pathname));
}

/** Whether this build rendered the page at `pathname`, rather than copying it from the cache. */
export function wasRendered(pathname: string): boolean {
  return rendered.has(withoutTrailingSlash(pathname));
}

// Astro lists the 404 page as `404/` and requests it as `/404`.
const withoutTrailingSlash = (pathname: string) => pathname.replace(/\/$/, '');

/**
 * Starts a build: forgets the pages shown by an earlier build in this process, and sets when handlers see pages.
 * As they are rendered, the search index is built beside rendering; but when Astro may copy pages from its cache,
 * those reach the handlers only at the end, and the index, which depends on the order of its pages, would differ
 * from a cold build's. So a build that may copy pages shows every page at the end, in Astro's order.
 */
export function startShowingPages(options: { whenDone: boolean }): void {
  rendered.clear();
  shown.clear();
  observeWhenDone = options.whenDone;
}
