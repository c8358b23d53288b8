/**
 * Titles of the pages decision-aid outcomes link to, by reference
 * (`guides/joint-tender` → "Run the joint tender"). Reads collections, so
 * pages use it; the content check has already resolved every reference.
 */
import { published } from '../collections.ts';

/** Every published guide, example and timeline title, keyed `collection/slug`. Templates join here when their collection exists. */
export async function followUpTitles(): Promise<ReadonlyMap<string, string>> {
  const [guides, examples, timelines] = await Promise.all([
    published('guides'),
    published('examples'),
    published('timelines'),
  ]);
  return new Map([
    ...guides.map((g) => [`guides/${g.id}`, g.data.title] as const),
    ...examples.map((e) => [`examples/${e.id}`, e.data.title] as const),
    ...timelines.map((t) => [`timelines/${t.id}`, t.data.title] as const),
  ]);
}
