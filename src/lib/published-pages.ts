/**
 * Every published page entry with its path and last change, for the sitemap
 * and the feed. Reads collections, so it is used by endpoints only.
 */
import { published } from './collections.ts';
import { entryPath, type PageCollection } from './urls.ts';
import { newestNews, type ChangeNote } from './updates.ts';
import { toolkitEntries } from './toolkit-pages.ts';

export interface SiteEntry {
  collection: PageCollection | 'decisions' | 'timelines';
  path: string;
  title: string;
  summary: string;
  /** Newest change note of any type, else last review; undefined when neither is known (the sitemap's lastmod). */
  updated: string | undefined;
  /** Newest change readers are told about (never an editorial one), for the feed; undefined when there is none. */
  news: ChangeNote | undefined;
}

const COLLECTIONS: PageCollection[] = ['guides', 'examples', 'segments', 'events', 'pages', 'templates'];

export async function siteEntries(): Promise<SiteEntry[]> {
  const lists = await Promise.all(
    COLLECTIONS.map(async (collection) =>
      (await published(collection)).map(({ id, data }) => {
        const newest = [...data.changes].sort((a, b) => b.date.localeCompare(a.date))[0];
        return {
          collection,
          path: entryPath(collection, id),
          title: data.title,
          summary: data.summary,
          updated: newest?.date ?? ('lastReviewed' in data ? data.lastReviewed : undefined),
          news: newestNews(data.changes),
        };
      }),
    ),
  );
  return [...lists.flat(), ...(await toolkitEntries())];
}

/** The index pages every build has, beside the entries. */
export const INDEX_PATHS = [
  '/',
  '/toolbox/',
  '/examples/',
  '/segments/',
  '/events/',
  '/directory/',
  '/glossary/',
  '/search/',
  '/templates/',
  '/decisions/',
  '/timelines/',
] as const;
