/**
 * The ids body headings may not take are exactly those the layouts and
 * components write: read from their source, so a new id in page chrome fails
 * here until src/schemas/site-ids.ts lists it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_IDS } from '../../src/schemas/site-ids.ts';

function literalIds(folder: string): string[] {
  return readdirSync(join(process.cwd(), folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) => [
      ...readFileSync(join(process.cwd(), folder, file), 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"/g),
    ])
    .map((match) => match[1] ?? '');
}

describe('the ids of the page chrome', () => {
  it('are every literal id of src/layouts and src/components, and no other', () => {
    const written = new Set([...literalIds('src/layouts'), ...literalIds('src/components')]);
    expect([...SITE_IDS].sort()).toEqual([...written].sort());
  });
});
