/**
 * Middleware page-csp.ts adds to builds only: prunes each page's policy as
 * Astro renders it, so the page is written once, already pruned, instead of
 * being read back and written again after the build.
 */
import type { MiddlewareHandler } from 'astro';
import { prunePagePolicy } from './page-csp-prune.ts';

/** Set by page-csp.ts for the length of a build: the pathnames pruned here. Another module copy, so globalThis. */
export const PRUNED_KEY = Symbol.for('kf.page-csp-pruned');

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const pruned = (globalThis as Record<symbol, Set<string> | undefined>)[PRUNED_KEY];
  if (!pruned || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = prunePagePolicy(await response.text());
  pruned.add(context.url.pathname);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
