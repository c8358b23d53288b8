/**
 * Build-only middleware that shows each rendered HTML page to the build's own
 * integrations before Astro writes it: page-csp.ts prunes its policy,
 * qr-codes.ts writes its QR code, pagefind.ts hands it to the search indexer.
 * One middleware reads each page once; the integrations register what they do
 * with it for the length of a build (registerPageHandler), in the order they
 * are listed in src/integrations/index.ts.
 */
import type { AstroIntegration, MiddlewareHandler } from 'astro';

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

/** The page bundle is another module copy than the integrations', so the handlers live on globalThis. */
const KEY = Symbol.for('kf.rendered-page-handlers');
const handlers = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, PageHandler>()) as Map<
  string,
  PageHandler
>;

export function registerPageHandler(name: string, handler: PageHandler): void {
  handlers.set(name, handler);
}

export function unregisterPageHandler(name: string): void {
  handlers.delete(name);
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (handlers.size === 0 || !response.headers.get('content-type')?.includes('text/html')) return response;
  const pathname = context.url.pathname;
  const canonical = new URL(pathname, context.site).href;
  let html = await response.text();
  for (const handler of handlers.values())
    if (handler.transform) html = handler.transform({ pathname, canonical, html });
  for (const handler of handlers.values()) await handler.observe?.({ pathname, canonical, html });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};

/** Adds the middleware to builds; installed before the integrations that register handlers (src/integrations/index.ts). */
export function renderedPagesIntegration(): AstroIntegration {
  return {
    name: 'kf:rendered-pages',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ order: 'post', entrypoint: new URL(import.meta.url) });
      },
    },
  };
}
