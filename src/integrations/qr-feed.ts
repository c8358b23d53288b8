/**
 * Middleware qr-codes.ts adds to builds only: a page with a trainers panel
 * gets its QR code written beside it as the page is rendered.
 */
import type { MiddlewareHandler } from 'astro';

/** Set by qr-codes.ts for the length of a build; the page bundle is another module copy, so globalThis. */
export const QR_KEY = Symbol.for('kf.qr-codes');

export interface QrWriter {
  /** Called with every rendered page; writes the page's code if the page shows one. */
  page(pathname: string, canonical: string, html: string): void;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const writer = (globalThis as Record<symbol, QrWriter | undefined>)[QR_KEY];
  if (!writer || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  writer.page(context.url.pathname, new URL(context.url.pathname, context.site).href, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
