/**
 * Whether content/site.yaml names who runs the site and how to reach them, as
 * a published build needs. Read straight from the file, before Astro starts,
 * so `npm run build:deploy` stops at once with the reason instead of
 * publishing pages with no owner and no contact. The whole entry is checked
 * with its schema by the content check, which reports each wrong field with
 * its line; this only asks whether the two fields a reader relies on are there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** The settings file, relative to the content root. */
export const SITE_SETTINGS_FILE = 'site.yaml';

const REQUIRED = [
  ['publisher', 'who publishes the site'],
  ['email', 'the e-mail address readers can write to'],
] as const;

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && !value.trim().startsWith('FILL IN');
}

/**
 * What a published build lacks from content/site.yaml, or undefined:
 * `publisherProblem('/x/content')` is `content/site.yaml is missing: …` when
 * there is no file, and names each empty field otherwise.
 */
export function publisherProblem(contentDir: string, cwd = process.cwd()): string | undefined {
  const path = join(contentDir, SITE_SETTINGS_FILE);
  const shown = relative(cwd, path) || path;
  if (!existsSync(path))
    return `${shown} is missing: a published site must say who runs it and how to reach them; run npm run new -- site and fill in publisher and email.`;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch {
    // Unreadable YAML is the content check's to report, with its line; it stops the build as well.
    return undefined;
  }
  const entry = Array.isArray(data)
    ? (data.find((item: unknown) => (item as { id?: unknown } | null)?.id === 'site') as
        Record<string, unknown> | undefined)
    : undefined;
  if (!entry) return `${shown} has no entry "- id: site"; write the settings as one item starting with "- id: site".`;
  const missing = REQUIRED.filter(([field]) => !filled(entry[field]));
  if (missing.length === 0) return undefined;
  const list = missing.map(([field, what]) => `${field} (${what})`).join(' and ');
  return `${shown} does not give ${list}; a published site must say who runs it and how to reach them.`;
}
