/**
 * Titles of the pages decision-aid outcomes link to, by reference
 * (`guides/joint-tender` → "Run the joint tender"). Reads collections, so
 * pages use it; the content check has already resolved every reference.
 */
import { published } from './collections.ts';

/** Every published guide, example, timeline and template title, keyed `collection/slug`. */
export async function followUpTitles(): Promise<ReadonlyMap<string, string>> {
  const [guides, examples, timelines, templates] = await Promise.all([
    published('guides'),
    published('examples'),
    published('timelines'),
    published('templates'),
  ]);
  return new Map([
    ...guides.map((g) => [`guides/${g.id}`, g.data.title] as const),
    ...examples.map((e) => [`examples/${e.id}`, e.data.title] as const),
    ...timelines.map((t) => [`timelines/${t.id}`, t.data.title] as const),
    ...templates.map((t) => [`templates/${t.id}`, t.data.title] as const),
  ]);
}
