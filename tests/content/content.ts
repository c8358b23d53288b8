/**
 * The real content, read and validated the way the build reads it, shared by
 * the content tests. No build is needed: this is the validator behind
 * `npm run check`, pointed at KF_CONTENT_DIR (default content/).
 */
import { readConfig } from '../../src/lib/config.ts';
import { isEntryOf, validateContent, type EntryOf, type ValidEntry } from '../../src/pipeline/validate.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

export const { contentDir } = readConfig();

export const content = validateContent(contentDir);

/** The valid entries of one collection, e.g. `entriesOf('examples')`. */
export function entriesOf<C extends CollectionName>(collection: C): EntryOf<C>[] {
  return content.entries.filter((entry) => isEntryOf(entry, collection));
}

/** Every value stored under a key named `url`, anywhere in an entry, with its path: `['sources.0.url', 'https://…']`. */
export function urlsIn(data: unknown, path: string[] = []): [string, unknown][] {
  if (Array.isArray(data)) return data.flatMap((item, i) => urlsIn(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (key === 'url' ? [[[...path, key].join('.'), value] as [string, unknown]] : urlsIn(value, [...path, key])));
}

/** A readable label for an entry in test names: `examples/ppi4hpc`. */
export function label(entry: ValidEntry): string {
  return `${entry.collection}/${entry.slug}`;
}
