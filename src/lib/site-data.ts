/**
 * The one place pages get entries from: drafts are dropped here, once, and
 * collections are sorted the same way everywhere.
 */
import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';

type Name = keyof DataEntryMap;

/** Published entries of a collection (drafts never reach the site), sorted by title or id. */
export async function published<C extends Name>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection, (entry) => (entry.data as { draft?: boolean }).draft !== true);
  return entries.sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'));
}

function sortKey(entry: { id: string; data: unknown }): string {
  const data = entry.data as { title?: string; term?: string; name?: string };
  return data.title ?? data.term ?? data.name ?? entry.id;
}
