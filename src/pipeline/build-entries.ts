/**
 * The valid entries of the current build, validated once. The content check
 * runs before Astro reads anything (astro:config:setup) and leaves its entries
 * here; hooks at the end of the build (search records, redirect pages) reuse
 * them instead of reading and validating every file again, which cost seconds
 * per hook at 10,000 entries.
 */
import { resolve } from 'node:path';
import { validateContent, type ValidEntry } from './validate.ts';

const remembered = new Map<string, readonly ValidEntry[]>();

function key(contentDir: string, root: string): string {
  return `${resolve(root)}\0${resolve(root, contentDir)}`;
}

/** Called by the content check of this build; a later check replaces it (Astro's dev server restarts in one process). */
export function rememberEntries(contentDir: string, root: string, entries: readonly ValidEntry[]): void {
  remembered.set(key(contentDir, root), entries);
}

/** The entries this build's check validated, or a fresh validation when none ran in this process (scripts, tests). */
export function buildEntries(contentDir: string, root = process.cwd()): readonly ValidEntry[] {
  return remembered.get(key(contentDir, root)) ?? validateContent(contentDir, root).entries;
}
