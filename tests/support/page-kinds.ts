/**
 * One page of each kind in a build: the home page, each index, one detail
 * page per collection, the search page and the 404 page. Browser audits that
 * cannot afford every page visit these.
 */

/** `/toolbox/pcp/` is `toolbox detail`; `/toolbox/` is `toolbox index`; `/` is `home`. */
export function pageKind(url: string, base = '/'): string {
  const parts = url.slice(base.length).split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return parts[0]?.endsWith('.html') ? parts[0] : `${parts[0]} index`;
  return `${parts[0]} detail`;
}

/** The first page of each kind, in the order given. */
export function pagesByKind(urls: readonly string[], base = '/'): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const url of urls) {
    const kind = pageKind(url, base);
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return kinds;
}
