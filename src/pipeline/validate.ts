/**
 * Validates all content at once: every entry against its schema, unique slugs,
 * and every reference between entries. The build, `npm run check` and the tests
 * run this same code, so they agree on what is wrong.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName, type EntryData } from '../schemas/index.ts';
import { closest } from '../lib/text/closest.ts';
import { ENTRY_PATHS, type PageCollection } from '../lib/urls.ts';
import type { Problem } from './problems.ts';
import { readContent, type RawEntry } from './read.ts';

/**
 * A valid entry of a collection: its data is what that collection's schema
 * outputs, defaults filled in. Given several collections it is the union of
 * their entries, so `EntryOf<'guides' | 'events'>` narrows on `collection`.
 */
export type EntryOf<C extends CollectionName> = C extends CollectionName
  ? Omit<RawEntry, 'collection' | 'data'> & { collection: C; data: EntryData<C> }
  : never;

/** A valid entry of any collection; narrow on `collection` (or with `isEntryOf`) to read its data. */
export type ValidEntry = EntryOf<CollectionName>;

/** An entry with a page of its own; page entries share title, drafts, redirects and anchors. */
export type PageEntry = EntryOf<PageCollection>;

/** `isEntryOf(entry, 'examples')` narrows an entry to an example, so `entry.data.segments` is typed. */
export function isEntryOf<C extends CollectionName>(entry: ValidEntry, collection: C): entry is EntryOf<C> {
  return entry.collection === collection;
}

/** True for entries of the page collections: `entry.data.draft`, `redirectFrom`, `anchors` and `title` are then typed. */
export function isPageEntry(entry: ValidEntry): entry is PageEntry {
  return Object.hasOwn(ENTRY_PATHS, entry.collection);
}

/** Whether an entry is a draft; entries of collections without pages never are. */
export function isDraft(entry: ValidEntry): boolean {
  return isPageEntry(entry) && entry.data.draft;
}

/** Collections whose entries share one YAML file, each with an `id` (glossary.yaml, segment-cycles.yaml…): read from the table. */
export function isListCollection(collection: CollectionName): boolean {
  return collections[collection].kind === 'list';
}

export interface ValidationResult {
  entries: ValidEntry[];
  problems: Problem[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The parts of a JSON Schema that say which fields an object takes. */
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  additionalItems?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
}

/**
 * The field names allowed at `path` inside a schema, for "did you mean" hints. Read from the schema's JSON
 * Schema (Zod's public `z.toJSONSchema`, the same description of what authors write that `npm run schemas:update`
 * gives editors), not from Zod's internals, so optional, default, refined and union wrappers need no walking here.
 */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const definitions = { ...root.definitions, ...root.$defs };
  // A node and every alternative it allows (`anyOf` for optional and union fields), references followed.
  const alternatives = (node: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema[] => {
    if (seen.has(node)) return [];
    seen.add(node);
    const target = node.$ref ? definitions[node.$ref.replace(/^#\/(\$defs|definitions)\//, '')] : undefined;
    const more = [target, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
    return [node, ...more.filter((n): n is JsonSchema => n !== undefined).flatMap((n) => alternatives(n, seen))];
  };
  let nodes = alternatives(root);
  for (const key of path) {
    nodes = nodes
      .flatMap((node) => {
        if (typeof key === 'number') {
          const items = Array.isArray(node.items) ? (node.items[key] ?? node.additionalItems) : node.items;
          return items ? [items] : [];
        }
        const field = node.properties?.[String(key)];
        return field ? [field] : [];
      })
      .flatMap((node) => alternatives(node));
  }
  return [...new Set(nodes.flatMap((node) => Object.keys(node.properties ?? {})))];
}

/** Turns Zod's issues for one entry into located problems a contributor can act on. */
export function schemaProblems(entry: RawEntry, error: z.ZodError, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(schema, path);
      for (const key of issue.keys) {
        const suggestion = closest(key, allowed);
        problems.push({
          file: entry.file,
          ...entry.locate([...path, key]),
          field: [...path, key].join('.'),
          message: `unknown field "${key}"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `allowed fields: ${allowed.join(', ')}`,
        });
      }
      continue;
    }
    const missing = valueAt(entry.data, path) === undefined && issue.code === 'invalid_type';
    const name = String(path[path.length - 1] ?? '');
    const isList = isListCollection(entry.collection);
    const problem: Problem = missing
      ? {
          file: entry.file,
          ...entry.locate(path),
          field: path.join('.'),
          message: `required field "${name}" is missing`,
          hint: `add "${name}:" to the ${isList ? 'entry' : entry.body === undefined ? 'file' : 'frontmatter'}${issue.message.includes('undefined') ? '' : `; ${issue.message}`}`,
        }
      : { file: entry.file, ...entry.locate(path), field: path.join('.'), message: issue.message };
    problems.push(problem);
  }
  return problems;
}

type Index = Map<CollectionName, Map<string, ValidEntry>>;

function referenceProblem(
  entry: ValidEntry,
  path: PropertyKey[],
  target: CollectionName,
  slug: string,
  index: Index,
  invalid: Set<string>,
  written: string,
): Problem | undefined {
  const candidates = index.get(target) ?? new Map();
  const found = candidates.get(slug);
  const where = { file: entry.file, ...entry.locate(path), field: path.join('.') };
  // The target exists but has problems of its own, reported there; one report is enough.
  if (!found && invalid.has(`${target}/${slug}`)) return undefined;
  if (!found) {
    const suggestion = closest(slug, candidates.keys());
    return {
      ...where,
      message: `"${written}" does not match any entry in ${target}`,
      hint: suggestion
        ? `did you mean "${written.replace(slug, suggestion)}"?`
        : `the slug is the file name in content/${target}/ without extension`,
    };
  }
  if (isDraft(found) && !isDraft(entry)) {
    return {
      ...where,
      message: `"${written}" is a draft, so it is not published and cannot be linked`,
      hint: 'remove the reference, or publish the target by removing draft: true',
    };
  }
  return undefined;
}

/** Every cross-reference of an entry, as [field path, target collection, slug, text written]. */
export function referencesOf(entry: ValidEntry): [PropertyKey[], CollectionName, string, string][] {
  const refs: [PropertyKey[], CollectionName, string, string][] = [];
  if (entry.collection === 'glossary') {
    entry.data.related.forEach((value, i) => refs.push([['related', i], 'glossary', value, value]));
  } else if (entry.collection === 'guides' || entry.collection === 'segments' || entry.collection === 'events') {
    entry.data.related.forEach((value, i) => {
      // The schema's entryRef pattern guarantees `collection/slug` with a page collection.
      const [collection, slug] = value.split('/') as [PageCollection, string];
      refs.push([['related', i], collection, slug, value]);
    });
  }
  if (entry.collection === 'examples') {
    entry.data.segments.forEach((slug, i) => refs.push([['segments', i], 'segments', slug, slug]));
  }
  if (entry.collection === 'events') {
    entry.data.materials.forEach((material, i) => {
      if (material.ref) refs.push([['materials', i, 'ref'], 'guides', material.ref.split('#')[0] ?? '', material.ref]);
      material.chapters.forEach((chapter, j) =>
        refs.push([['materials', i, 'chapters', j, 'ref'], 'guides', chapter.ref.split('#')[0] ?? '', chapter.ref]),
      );
    });
  }
  if (entry.collection === 'templates') {
    // `guides/<slug>#<section>`: the guide is resolved here, its section by the checker (references.ts).
    entry.data.when.forEach((ref, i) =>
      refs.push([['when', i], 'guides', ref.slice('guides/'.length).split('#')[0] ?? '', ref]),
    );
  }
  return refs;
}

/**
 * A second national contact point (IPNC) for a country: the directory has one
 * row per country, keyed by its code, so the second would be a duplicate id and
 * a reader could not tell which to contact. Reported on every file after the first.
 */
export function contactPointProblems(entries: readonly ValidEntry[]): Problem[] {
  const first = new Map<string, EntryOf<'contacts'>>();
  const problems: Problem[] = [];
  const points = entries
    .filter((e) => isEntryOf(e, 'contacts'))
    .filter((e) => e.data.role === 'ipnc')
    .sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of points) {
    const country = entry.data.country;
    const twin = first.get(country);
    if (!twin) {
      first.set(country, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      ...entry.locate(['country']),
      field: 'country',
      message: `${twin.file} is already the national contact point (IPNC) for ${country}; a country has one`,
      hint: `keep one of ${twin.file} and ${entry.file}, or make this one a topical group leader (role: tgl, with a topic)`,
    });
  }
  return problems;
}

/** Validates entries already read from disk. */
export function validateEntries(raw: readonly RawEntry[]): ValidationResult {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const index: Index = new Map();
  const invalid = new Set<string>();
  for (const entry of raw) {
    const schema: z.ZodType = collections[entry.collection].schema;
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      problems.push(...schemaProblems(entry, result.error, schema));
      invalid.add(`${entry.collection}/${entry.slug}`);
      continue;
    }
    // The collection's own schema produced the data, so it pairs with this collection (TypeScript cannot follow the lookup).
    const valid = { ...entry, data: result.data } as ValidEntry;
    const byslug = index.get(entry.collection) ?? new Map<string, ValidEntry>();
    index.set(entry.collection, byslug);
    const twin = byslug.get(entry.slug);
    if (twin) {
      problems.push({
        file: entry.file,
        // In a list the slug is the entry's id; elsewhere it is the file name.
        ...entry.locate(isListCollection(entry.collection) ? ['id'] : []),
        field: isListCollection(entry.collection) ? 'id' : '',
        message: `the slug "${entry.slug}" is already used by ${twin.file}`,
        hint: 'slugs must be unique in a collection because they are the URL; rename one of the two',
      });
      continue;
    }
    byslug.set(entry.slug, valid);
    entries.push(valid);
  }
  problems.push(...contactPointProblems(entries));
  for (const entry of entries) {
    for (const [path, target, slug, written] of referencesOf(entry)) {
      const problem = referenceProblem(entry, path, target, slug, index, invalid, written);
      if (problem) problems.push(problem);
    }
  }
  return { entries, problems };
}

/** Reads and validates the whole content root. */
export function validateContent(contentDir: string, root = process.cwd()): ValidationResult {
  const read = readContent(contentDir, root);
  const result = validateEntries(read.entries);
  return { entries: result.entries, problems: [...read.problems, ...result.problems] };
}
