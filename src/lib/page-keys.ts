/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs): a page whose key and code are unchanged since the last
 * build is copied from Astro's cache instead of being rendered again.
 *
 * A key must change whenever anything the page shows changes, or a stale page
 * is published. So every key starts from the site key, a digest of everything
 * any page may show about any entry: every published entry's data and section
 * headings in every collection (related lists, listings, template steps and
 * the site settings read them), the site's settings, and the build day (event
 * status, overdue reviews and the year facets depend on it). An entry's own
 * pages add its digest (data and body as rendered: body-loader.ts) and its last
 * commit date. Editing a guide's text without touching its headings or
 * frontmatter therefore re-renders that guide's pages only; any other change
 * re-renders every keyed page, which is no worse than a build without keys.
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry, DataEntryMap } from 'astro:content';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { published } from './collections.ts';
import { siteConfig } from './config.ts';
import { buildDay } from './identity.ts';
import { gitLastCommitDate } from './last-updated.ts';

type Name = keyof DataEntryMap;
type AnyEntry = CollectionEntry<Name>;

/** What the site key hashes of one entry: everything but its body text, which only its own pages show. */
export function entryOutline(entry: {
  id: string;
  data: unknown;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}): string {
  return JSON.stringify([entry.id, entry.data, entry.rendered?.metadata?.['headings'] ?? null]);
}

/** The digest of the parts, in order, each delimited so that no two lists of parts hash alike. */
export function digestOf(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('base64url');
}

let site: Promise<string> | undefined;

async function computeSiteKey(): Promise<string> {
  const parts = [JSON.stringify(siteConfig()), buildDay()];
  for (const name of COLLECTION_NAMES) {
    parts.push(name);
    for (const entry of await published(name as Name)) parts.push(entryOutline(entry));
  }
  return digestOf(parts);
}

/** The key of a page that shows no entry body: it changes with any entry's data, the settings or the day. */
export function siteKey(): Promise<string> {
  // Astro's dev server reloads content on change and ignores cache keys.
  if (import.meta.env.DEV) return computeSiteKey();
  site ??= computeSiteKey();
  return site;
}

/**
 * The key of a page that shows `entry`'s body, such as its own page or print
 * view; `extra` names anything else the page depends on (an event's status).
 */
export async function entryKey(entry: AnyEntry, ...extra: string[]): Promise<string> {
  const digest = 'digest' in entry && entry.digest !== undefined ? String(entry.digest) : entryOutline(entry);
  const git = gitLastCommitDate(entry.filePath) ?? '';
  return digestOf([await siteKey(), entry.collection, entry.id, digest, git, ...extra]);
}

/**
 * The static paths of a route with one page per entry, each with its entry's key:
 * `entryPaths(await published('templates'), 'slug', (entry) => ({ entry }))`.
 * `extra` names what else a page depends on (entryKey).
 */
export function entryPaths<E extends AnyEntry, P extends string, Props>(
  entries: readonly E[],
  param: P,
  props: (entry: E) => Props,
  extra: (entry: E) => string[] = () => [],
): Promise<{ params: Record<P, string>; props: Props; cacheKey: string }[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      params: { [param]: entry.id } as Record<P, string>,
      props: props(entry),
      cacheKey: await entryKey(entry, ...extra(entry)),
    })),
  );
}
