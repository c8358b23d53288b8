/**
 * Where a page's QR code is published: `/toolbox/pcp/` has its code at
 * `/qr/toolbox/pcp.svg`. The code is a file of its own, not part of the page,
 * so only a trainer who opens the "For trainers" panel downloads it. The panel
 * links it and the build writes it (src/integrations/qr-codes.ts), both from
 * qrSource, so the two cannot disagree.
 */

/** `qrPath('/toolbox/pcp/')` is `qr/toolbox/pcp.svg`, relative to the base path. */
export function qrPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `qr/${trimmed}.svg`;
}

/** The site path of a page's code from the page's own path: `/kf/toolbox/pcp/` under `/kf/` is `/kf/qr/toolbox/pcp.svg`. */
export function qrSource(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${qrPath(pathname.slice(prefix.length - 1))}`;
}
