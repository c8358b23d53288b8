/**
 * Internal links in content bodies: a link to a page that will not exist, or
 * to a `#section` that page will not have, fails with file and line. External
 * links are not fetched (the check needs no network).
 */
import { judgeUrl } from '../render/url.ts';
import { closest } from '../../lib/text/closest.ts';
import type { Problem } from '../problems.ts';
import type { RawEntry } from '../read.ts';
import { at, type Where } from './where.ts';
import { entryPath, type SiteMap } from './publication-map.ts';
import type { Link } from '../render/index.ts';

/** A fragment as the browser compares it with ids; one that is not valid percent-encoding is kept as written (judgeUrl refuses it). */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** `/toolbox/x/?a=1#y` → path `/toolbox/x/`, fragment `y`. */
export function splitUrl(url: string): { path: string; fragment: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? undefined : safeDecode(url.slice(hash + 1));
  return { path: beforeHash.replace(/\?.*$/, ''), fragment };
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Problems of one link from `entry`'s body; `own` is the page the link is written on. */
export async function linkProblem(
  link: Link,
  where: Where,
  entry: RawEntry,
  site: SiteMap,
): Promise<Problem | undefined> {
  const url = link.url.trim();
  // An address the allow-list refuses is reported once, by the rule that refuses it.
  if (EXTERNAL.test(url) || url.startsWith('//') || !judgeUrl(url).ok) return undefined;
  const located = { ...at(where, link), field: 'link' };
  const own = entryPath(entry);
  const { path: written, fragment } = splitUrl(url);
  // A relative link (`../directory/`) works under any base path, so it is resolved from the page it is written on.
  const path =
    written === ''
      ? (own ?? '')
      : written.startsWith('/')
        ? written
        : new URL(written, `https://site${own ?? '/'}`).pathname;
  if (!site.pages.has(path)) {
    if (site.isGenerated(path)) return undefined;
    const draft = site.drafts.get(path);
    if (draft)
      return {
        ...located,
        message: `"${url}" links to a draft, which is not published`,
        hint: `remove the link, or publish ${draft.file} by removing draft: true`,
      };
    const moved = site.redirects.get(path);
    if (moved) {
      const target = entryPath(moved) ?? '/';
      return {
        ...located,
        message: `"${url}" links to an old address of "${moved.data.title}"`,
        hint: `link to ${target}${fragment ? `#${fragment}` : ''} instead`,
      };
    }
    if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && site.pages.has(`${path}/`)) {
      return {
        ...located,
        message: `"${url}" lacks its trailing slash`,
        hint: `write ${path}/${fragment ? `#${fragment}` : ''}`,
      };
    }
    if (/\.[a-z0-9]+$/i.test(path)) {
      return {
        ...located,
        message: `"${url}" links to a file that does not exist`,
        hint: `put the file in public${path} (site paths of files start at the public/ folder)`,
      };
    }
    const suggestion = closest(path, site.pages.keys());
    return {
      ...located,
      message: `"${url}" links to a page that does not exist`,
      hint: suggestion
        ? `did you mean ${suggestion}?`
        : 'check the address on the live site; pages are /toolbox/<slug>/, /examples/<slug>/, /segments/<slug>/, /events/<slug>/',
    };
  }
  if (fragment === undefined || fragment === '') return undefined;
  const anchors = await site.anchors(path);
  if (!anchors || anchors.has(fragment)) return undefined;
  const suggestion = closest(fragment, anchors);
  return {
    ...located,
    message: `"${url}" links to a section #${fragment} that ${written === '' ? 'this page' : path} does not have`,
    hint: suggestion
      ? `did you mean #${suggestion}?`
      : anchors.size > 0
        ? `sections there: ${[...anchors]
            .slice(0, 8)
            .map((a) => `#${a}`)
            .join(', ')}`
        : 'that page has no sections; link to the page itself',
  };
}
