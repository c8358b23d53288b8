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
