/**
 * `npm run new` writes templates whose unknown values read `FILL IN: …`. Such a
 * value must never be published, and Zod's message for it ("expected a number")
 * would not say what to write; so it is reported here, with the template's own
 * instruction as the hint, instead of the schema's complaint about the same field.
 */
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/** The marker `npm run new` puts in every value the author must replace. */
export const PLACEHOLDER = 'FILL IN';

/** Paths of every value still holding a placeholder, with its instruction: `[['summary'], 'one or two sentences…']`. */
export function placeholdersOf(data: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof data === 'string') {
    return data.startsWith(PLACEHOLDER) ? [[path, data.slice(PLACEHOLDER.length).replace(/^[:\s]+/, '')]] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholdersOf(item, [...path, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => placeholdersOf(value, [...path, key]));
  return [];
}

export function placeholderProblems(entry: RawEntry): Problem[] {
  return placeholdersOf(entry.data).map(([path, instruction]) => ({
    file: entry.file,
    ...entry.locate(path),
    field: path.join('.'),
    message: 'still holds the template text; write the real value',
    hint: instruction || 'see the comment above the field',
  }));
}

/** Drops schema problems about a field that holds a placeholder: the placeholder problem already says what to write. */
export function withoutPlaceholderFields(problems: readonly Problem[], placeholders: readonly Problem[]): Problem[] {
  const covered = new Set(placeholders.map((p) => `${p.file}\u0000${p.field}`));
  return problems.filter((p) => {
    if (covered.has(`${p.file}\u0000${p.field}`)) return false;
    // A refinement over a whole object (e.g. period.end ≥ period.start) fails too while a part is a placeholder.
    for (const key of covered) if (key.startsWith(`${p.file}\u0000${p.field}.`)) return false;
    return true;
  });
}
