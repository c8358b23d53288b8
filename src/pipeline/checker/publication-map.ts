/**
 * What the site will publish, known from the content and src/pages without
 * building: every page's path, and the anchors each page will carry. Link,
 * anchor, redirect and manifest checks all ask this one map.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collections, templateAnchors } from '../../schemas/index.ts';
import { isPageEntry, type PageEntry, type ValidEntry } from '../validate.ts';
import { headingIds } from './headings.ts';
import { isMissing } from '../files.ts';

export interface SitePage {
  path: string;
  /** The entry published at this path; undefined for routes of src/pages such as /toolbox/. */
  entry?: ValidEntry;
}

/**
 * Paths of the routes in src/pages that take no parameter: `index.astro` → `/`,
 * `search.astro` → `/search/`, `feed.xml.ts` → `/feed.xml`. Parameterised routes
 * (`[slug].astro`) are the entries; their file extensions (`[slug].ics.ts`) are
 * returned apart, by folder, for links to generated files such as /events/x.ics.
 */
export function staticRoutes(pagesDir: string): { paths: Set<string>; generated: Set<string>; dynamic: RegExp[] } {
  const paths = new Set<string>();
  const generated = new Set<string>();
  const dynamicPages: RegExp[] = [];
  let files: string[];
  try {
    files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    // No src/pages: no routes. Any other failure would report every link to a route as broken, so it stops the check.
    if (isMissing(error)) return { paths, generated, dynamic: dynamicPages };
    throw error;
  }
  for (const file of files) {
    const path = file.split(sep).join('/');
    const match = /^(.*?)(\.[a-z0-9]+)?\.(astro|ts|js|md|mdx)$/.exec(path);
    if (!match) continue;
    const [, stem = '', extension] = match;
    const dynamic = stem.includes('[');
    if (dynamic) {
      if (extension) generated.add(`/${stem.replace(/[^/]*$/, '')}*${extension}`);
      else dynamicPages.push(routePattern(stem));
      continue;
    }
    if (stem === '404' || stem.split('/').some((part) => part.startsWith('_'))) continue;
    if (extension) paths.add(`/${stem}${extension}`);
    else paths.add(stem === 'index' ? '/' : `/${stem.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
  }
  return { paths, generated, dynamic: dynamicPages };
}

/**
 * The addresses a dynamic page route answers: `events/kind/[kind]` → `/events/kind/<one segment>/`,
 * `toolbox/phase/[phase]/[...page]` → `/toolbox/phase/<segment>/` and anything below it.
 */
function routePattern(stem: string): RegExp {
  const parts = stem
    .replace(/(^|\/)index$/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (/^\[\.\.\.[^\]]+\]$/.test(part)) return '(?:[^/]+/)*';
      const escaped = part.replace(/[.*+?^${}()|\\]/g, (c) => `\\${c}`);
      return `${escaped.replace(/\[[^\]]+\]/g, '[^/]+')}/`;
    });
  return new RegExp(`^/${parts.join('')}$`);
}

/** Site paths of the files in public/: `public/images/a.svg` → `/images/a.svg`. */
export function publicFiles(publicDir: string): Set<string> {
  try {
    const files = readdirSync(publicDir, { recursive: true, withFileTypes: true });
    return new Set(
      files
        .filter((file) => file.isFile())
        .map((file) => `/${relative(publicDir, join(file.parentPath, file.name)).split(sep).join('/')}`),
    );
  } catch (error) {
    if (isMissing(error)) return new Set();
    throw error;
  }
}

export class SiteMap {
  readonly pages = new Map<string, SitePage>();
  /** Paths of draft entries: not published, so not linkable. */
  readonly drafts = new Map<string, PageEntry>();
  /** Old path → the entry that now answers it, from `redirectFrom`. */
  readonly redirects = new Map<string, PageEntry>();
  readonly generated: Set<string>;
  /**
   * Listing routes whose addresses come from their own getStaticPaths (`/events/kind/<kind>/`), not from an entry:
   * the check cannot list them before a build, so the build's redirects integration checks them against the manifest.
   */
  private readonly listings: RegExp[];
  /** Files served as they are from public/, such as `/images/phases.svg`. */
  readonly files: Set<string>;
  private readonly glossaryIds: Set<string>;
  private readonly anchorCache = new Map<string, Promise<Set<string>>>();
  private readonly headingCache = new Map<ValidEntry, Promise<string[]>>();

  constructor(entries: readonly ValidEntry[], pagesDir: string, publicDir = join(pagesDir, '../../public')) {
    const routes = staticRoutes(pagesDir);
    this.files = publicFiles(publicDir);
    this.generated = routes.generated;
    // A route that publishes entries (`/toolbox/[slug]`) stays the check's business: a vanished entry is a problem here.
    const entryAddresses = Object.values(collections).flatMap((spec) =>
      'url' in spec ? [spec.url('kf-any-entry')] : [],
    );
    this.listings = routes.dynamic.filter((route) => !entryAddresses.some((address) => route.test(address)));
    for (const path of routes.paths) this.pages.set(path, { path });
    for (const entry of entries) {
      const path = entryPath(entry);
      if (path === undefined || !isPageEntry(entry)) continue;
      if (entry.data.draft) {
        this.drafts.set(path, entry);
        continue;
      }
      this.pages.set(path, { path, entry });
      for (const old of entry.data.redirectFrom) if (!this.redirects.has(old)) this.redirects.set(old, entry);
    }
    this.glossaryIds = new Set(entries.filter((e) => e.collection === 'glossary').map((e) => e.slug));
  }

  /** True when a link to this file path will resolve: a file of public/, or a route generated per entry, such as `/events/x.ics`. */
  isGenerated(path: string): boolean {
    if (this.files.has(path)) return true;
    const match = /^(.*\/)[^/]+(\.[a-z0-9]+)$/.exec(path);
    return match !== null && this.generated.has(`${match[1]}*${match[2]}`);
  }

  /** True when `path` is an address of a listing route whose addresses only a build knows, such as `/events/kind/training/`. */
  isListing(path: string): boolean {
    return this.listings.some((route) => route.test(path));
  }

  /** Ids a reader can land on at `path`, or undefined when they are not known before a build. */
  anchors(path: string): Promise<Set<string>> | undefined {
    const page = this.pages.get(path);
    if (!page) return undefined;
    if (path === '/glossary/') return Promise.resolve(this.glossaryIds);
    const entry = page.entry;
    if (!entry) return undefined;
    let cached = this.anchorCache.get(path);
    if (!cached) {
      cached = entryAnchors(entry, this.headings(entry));
      this.anchorCache.set(path, cached);
    }
    return cached;
  }

  /** Heading ids of an entry without its aliases, for checking that an alias targets a heading. */
  headings(entry: ValidEntry): Promise<string[]> {
    let cached = this.headingCache.get(entry);
    if (!cached) {
      // A template has no body: its page's ids come from its sections.
      cached =
        entry.collection === 'templates' ? Promise.resolve(templateAnchors(entry.data)) : headingIds(entry.body ?? '');
      this.headingCache.set(entry, cached);
    }
    return cached;
  }
}

/** Public path of an entry, or undefined for collections without pages (contacts, glossary…). */
export function entryPath(entry: { collection: keyof typeof collections; slug: string }): string | undefined {
  const spec = collections[entry.collection];
  return 'url' in spec ? spec.url(entry.slug) : undefined;
}

async function entryAnchors(entry: ValidEntry, headings: Promise<string[]>): Promise<Set<string>> {
  const ids = new Set(await headings);
  if (isPageEntry(entry)) for (const old of Object.keys(entry.data.anchors)) ids.add(old);
  return ids;
}

/** Where the routes live, relative to the project root. */
export function pagesDirOf(root: string): string {
  return join(root, 'src/pages');
}
