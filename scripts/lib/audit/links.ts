/**
 * The link check: every internal link and `#fragment` in every built page
 * must reach a file in the build and, for a fragment, an element with that id.
 * Pure functions over page data, so the same code checks `/` and base-path builds.
 */
import { fragmentTargets, startTags, type StartTag } from './html.ts';

export interface PageLinks {
  /** Site path of the page, with the base: `/kf/toolbox/pcp/`. */
  url: string;
  /** Ids a fragment may point at. */
  ids: Set<string>;
  /** Every link written in the page, as written. */
  links: { tag: string; attribute: string; value: string }[];
}

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

/** Attributes that load or navigate to another address, by element. */
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  object: ['data'],
  embed: ['src'],
};

/** `dist/toolbox/pcp/index.html` is `/kf/toolbox/pcp/` under base `/kf/`; `404.html` stays `/kf/404.html`. */
export function pageUrl(relativeFile: string, base: string): string {
  const path = relativeFile.split('\\').join('/');
  if (path === 'index.html') return base;
  if (path.endsWith('/index.html')) return `${base}${path.slice(0, -'index.html'.length)}`;
  return `${base}${path}`;
}

/** The links and fragment targets of one built page. */
export function readPage(html: string, url: string): PageLinks {
  const tags: StartTag[] = startTags(html);
  const links: PageLinks['links'] = [];
  for (const tag of tags) {
    for (const attribute of LINK_ATTRIBUTES[tag.name] ?? []) {
      const value = tag.attributes[attribute];
      if (value === undefined) continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const address = candidate.trim().split(/\s+/)[0];
          if (address) links.push({ tag: tag.name, attribute, value: address });
        }
      } else {
        links.push({ tag: tag.name, attribute, value });
      }
    }
  }
  return { url, ids: fragmentTargets(tags), links };
}

export interface ResolvedLink {
  /** Site path without query or fragment, decoded: `/kf/toolbox/pcp/`. */
  path: string;
  /** The fragment, decoded, without `#`; undefined when the link has none. */
  fragment: string | undefined;
}

/**
 * Resolves a link written in a page to a site path, or undefined when it
 * leaves the site (another origin, `mailto:`, `tel:`…).
 * `resolveLink('../pcp/#scope', '/kf/toolbox/jcbpp/', 'http://localhost:4321')`
 * is `{ path: '/kf/toolbox/pcp/', fragment: 'scope' }`.
 */
export function resolveLink(value: string, fromUrl: string, siteOrigin: string): ResolvedLink | undefined {
  const origin = new URL(siteOrigin).origin;
  let url: URL;
  try {
    url = new URL(value.trim(), new URL(fromUrl, origin));
  } catch {
    return { path: value, fragment: undefined };
  }
  if (url.origin !== origin) return undefined;
  let path = url.pathname;
  let fragment = url.hash === '' ? (value.trim().endsWith('#') ? '' : undefined) : url.hash.slice(1);
  try {
    path = decodeURIComponent(path);
    if (fragment !== undefined) fragment = decodeURIComponent(fragment);
  } catch {
    // Left encoded: the target check then reports it as missing.
  }
  return { path, fragment };
}

/** The built file a site path is served from, relative to the build folder; undefined when outside the base. */
export function fileForPath(path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const relative = path.slice(base.length);
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

export interface SiteFiles {
  /** Whether the build has this file, relative to the build folder. */
  has(relativeFile: string): boolean;
  /** The page served from this file, when it is one of the checked HTML pages. */
  page(relativeFile: string): PageLinks | undefined;
}

/** Checks one page's links against the whole build. */
export function checkPage(page: PageLinks, site: SiteFiles, base: string, siteOrigin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const link of page.links) {
    const report = (problem: string) =>
      broken.push({ page: page.url, link: `<${link.tag} ${link.attribute}="${link.value}">`, problem });
    const resolved = resolveLink(link.value, page.url, siteOrigin);
    if (!resolved) continue;
    if (link.value.trim() === '') {
      report('empty address');
      continue;
    }
    const file = fileForPath(resolved.path, base);
    if (file === undefined) {
      report(`points outside the base path ${base}; build internal links with withBase() or import.meta.env.BASE_URL`);
      continue;
    }
    if (!site.has(file)) {
      const hint =
        !file.endsWith('.html') && site.has(`${file}/index.html`)
          ? ` (the page exists at ${resolved.path}/: add the trailing slash)`
          : '';
      report(`no such file in the build: ${file}${hint}`);
      continue;
    }
    if (resolved.fragment === undefined) continue;
    if (resolved.fragment === '') {
      report('empty fragment "#": link to a real target');
      continue;
    }
    const target = site.page(file);
    // `#top` scrolls to the top of any page (HTML standard), with or without an element of that id.
    if (!target || target.ids.has(resolved.fragment) || resolved.fragment.toLowerCase() === 'top') continue;
    report(`no element with id="${resolved.fragment}" in ${target.url}`);
  }
  return broken;
}

/** Checks every page of a build; pages are keyed by their file relative to the build folder. */
export function checkLinks(
  pages: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
  base: string,
  siteOrigin: string,
): BrokenLink[] {
  const site: SiteFiles = { has: (file) => files.has(file), page: (file) => pages.get(file) };
  return [...pages.values()].flatMap((page) => checkPage(page, site, base, siteOrigin));
}

/**
 * One line per broken link, with the pages it is on: a broken link in the
 * site's header or footer shows once, not once per page.
 */
export function formatBrokenLinks(broken: readonly BrokenLink[], pagesShown = 5): string {
  const groups = new Map<string, string[]>();
  for (const b of broken) {
    const key = `${b.link} ${b.problem}`;
    const pages = groups.get(key) ?? [];
    if (!pages.includes(b.page)) pages.push(b.page);
    groups.set(key, pages);
  }
  return [...groups]
    .map(
      ([key, pages]) =>
        `${key}\n    on ${pages.length === 1 ? 'page' : `${pages.length} pages`}: ${pages.slice(0, pagesShown).join(', ')}${pages.length > pagesShown ? ', …' : ''}`,
    )
    .join('\n');
}
