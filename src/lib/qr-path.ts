/**
 * Where a page's QR code is published: `/toolbox/pcp/` has its code at
 * `/qr/toolbox/pcp.svg`. The code is a file of its own, not part of the page,
 * so only a trainer who opens the "For trainers" panel downloads it.
 */

/** `qrPath('/toolbox/pcp/')` is `qr/toolbox/pcp.svg`, relative to the base path. */
export function qrPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `qr/${trimmed}.svg`;
}

/** The `page` parameter of the QR route for a page path: `/toolbox/pcp/` gives `toolbox/pcp`. */
export function qrParam(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '');
}
