/**
 * Every published page entry with its path and last change, for the sitemap
 * and the feed. Reads collections, so it is used by endpoints only.
 */
import { published } from './collections.ts';
import { entryPath, type PageCollection } from './urls.ts';
import { toolkitEntries } from './toolkit-pages.ts';

export interface SiteEntry {
  collection: PageCollection | 'decisions' | 'timelines';
  path: string;
  title: string;
  summary: string;
  /** Newest change note, else last review; undefined when neither is known. */
  updated: string | undefined;
  change: string | undefined;
}

const COLLECTIONS: PageCollection[] = ['guides', 'examples', 'segments', 'events', 'pages'];

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
          change: newest?.summary,
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
  '/decisions/',
  '/timelines/',
] as const;
