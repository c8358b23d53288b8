/**
 * A fingerprint of the renderer's own code: every module of src/pipeline/render
 * and the schema rules it applies (the page-chrome ids, the glossary's stop
 * words). Part of every rendering's key, so a stored rendering (Astro's content
 * store, the check's cache) is redone when the code that made it changes, not
 * only when the body does.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

export function rendererVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha1');
  const here = new URL('./', import.meta.url);
  const sources = [
    ...readdirSync(here)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => new URL(name, here)),
    new URL('../../schemas/site-ids.ts', import.meta.url),
    new URL('../../schemas/claims.ts', import.meta.url),
  ];
  for (const source of sources) hash.update(readFileSync(fileURLToPath(source)));
  version = hash.digest('hex');
  return version;
}
