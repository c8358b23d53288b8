/**
 * The build-only middleware that shows each rendered HTML page, read once, to
 * the handlers the integrations registered (page-handlers.ts, imported as the
 * integrations' own instance through `virtual:kf/page-handlers`) before Astro
 * writes it.
 */
import type { MiddlewareHandler } from 'astro';
import { pageHandlers, showRenderedPage } from 'virtual:kf/page-handlers';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if ([...pageHandlers()].length === 0 || !response.headers.get('content-type')?.includes('text/html')) return response;
  const pathname = context.url.pathname;
  const canonical = new URL(pathname, context.site).href;
  const html = await showRenderedPage({ pathname, canonical, html: await response.text() });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
