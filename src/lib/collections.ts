/**
 * The one place pages get entries from: drafts are dropped here, once, and
 * collections are sorted the same way everywhere.
 */
import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';
import { coverageIndex, type Coverage } from './trainers.ts';

type Name = keyof DataEntryMap;

/**
 * Each collection is filtered and sorted once per build, not once per page:
 * related lists, search metadata and recordings ask for whole collections on
 * every detail page, which made the build grow with pages × entries.
 */
const cache = new Map<Name, Promise<readonly CollectionEntry<Name>[]>>();

async function load<C extends Name>(collection: C): Promise<readonly CollectionEntry<C>[]> {
  const entries = await getCollection(
    collection,
    (entry: CollectionEntry<Name>) => !('draft' in entry.data && entry.data.draft),
  );
  const keyed = entries.map((entry) => ({ entry, key: sortKey(entry) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key));
  return keyed.map(({ entry }) => entry);
}

const collator = new Intl.Collator('en');

/** Published entries of a collection (drafts never reach the site), sorted by title or id. A fresh array: callers may sort it their way. */
export async function published<C extends Name>(collection: C): Promise<CollectionEntry<C>[]> {
  // Astro's dev server reloads content on change; caching there would show stale pages.
  if (import.meta.env.DEV) return [...(await load(collection))];
  let entries = cache.get(collection);
  if (!entries) {
    entries = load(collection);
    cache.set(collection, entries);
  }
  return [...((await entries) as readonly CollectionEntry<C>[])];
}

/** Pages and publications sort by title, glossary terms by term, contacts and projects by name, else by id. */
function sortKey({ id, data }: CollectionEntry<Name>): string {
  if ('title' in data) return data.title;
  if ('term' in data) return data.term;
  return ('name' in data ? data.name : undefined) ?? id;
}

const indexes = new Map<Name, Promise<ReadonlyMap<string, CollectionEntry<Name>>>>();

/** One published entry by its id, or undefined (missing or draft); a map lookup, since every detail page resolves its references. */
export async function publishedEntry<C extends Name>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  let index = indexes.get(collection);
  if (!index || import.meta.env.DEV) {
    index = published(collection).then(
      (entries) => new Map(entries.map((entry) => [entry.id, entry as CollectionEntry<Name>])),
    );
    indexes.set(collection, index);
  }
  return (await index).get(id) as CollectionEntry<C> | undefined;
}

let coverage: Promise<ReadonlyMap<string, Coverage[]>> | undefined;

/** Where events and recordings cover a guide; all events are indexed once per build, not scanned on every guide page. */
export async function guideCoverage(slug: string): Promise<readonly Coverage[]> {
  if (!coverage || import.meta.env.DEV) coverage = published('events').then(coverageIndex);
  return (await coverage).get(slug) ?? [];
}
