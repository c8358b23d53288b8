/**
 * Middleware the Pagefind integration adds to builds only: it hands each page
 * to the search indexer the moment Astro has rendered it, so Pagefind indexes
 * on its own core while Astro renders the next pages, instead of reading every
 * page back from disk once all are written. Pages it does not see (none today;
 * pages restored from a cache would be) are read from disk at the end.
 */
import type { MiddlewareHandler } from 'astro';

/** Set by src/integrations/pagefind.ts for the length of a build; the page bundle is another module copy, so globalThis. */
export const FEED_KEY = Symbol.for('kf.pagefind-feed');

export interface PageFeed {
  /** `pathname` as requested, base included; resolves once the indexer may take more. */
  add(pathname: string, html: string): Promise<void>;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const feed = (globalThis as Record<symbol, PageFeed | undefined>)[FEED_KEY];
  if (!feed || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  await feed.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
