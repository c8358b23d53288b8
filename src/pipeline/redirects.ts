/**
 * Redirect pages for moved entries: each old path in an entry's `redirectFrom`
 * becomes a small HTML page that sends browsers on (meta refresh), tells search
 * engines where the page lives now (canonical), and shows a link for anyone
 * whose browser does not follow the refresh. No script, so the CSP is satisfied.
 */
import { escapeUTF8 as escapeHtml } from 'entities';

/** Marks a generated redirect page, so the published-URL manifest does not list it as a page of its own. */
export const REDIRECT_ATTRIBUTE = 'data-kf-redirect';

export interface Redirect {
  /** Old site path, without the base path: `/toolbox/old-name/`. */
  from: string;
  /** Current site path, without the base path: `/toolbox/new-name/`. */
  to: string;
  /** Title of the page it now leads to. */
  title: string;
}

/** The redirects an entry list asks for, e.g. `{ from: '/toolbox/old/', to: '/toolbox/new/', title: 'New' }`. */
export function redirectsOf(
  entries: readonly {
    data: { title: string; draft?: boolean; redirectFrom?: readonly string[] };
    path: string | undefined;
  }[],
): Redirect[] {
  return entries.flatMap(({ data, path }) => {
    if (path === undefined || data.draft === true) return [];
    return (data.redirectFrom ?? []).map((old) => ({ from: old, to: path, title: data.title }));
  });
}

/** The redirect page for one old path, with links that respect the base path and the site's origin. */
export function redirectPage(redirect: Redirect, site: string, base: string): string {
  const target = `${base.replace(/\/+$/, '')}${redirect.to}`;
  const canonical = `${site.replace(/\/+$/, '')}${target}`;
  const title = escapeHtml(redirect.title);
  return `<!DOCTYPE html>
<html lang="en" ${REDIRECT_ATTRIBUTE}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now <a href="${escapeHtml(target)}">${title}</a>. Please update your bookmark or link.</p>
</main>
</body>
</html>
`;
}
