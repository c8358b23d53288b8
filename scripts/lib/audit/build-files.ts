/**
 * Reads a built site from disk for the audits: its file list and, for each
 * HTML page, its links and ids. The only module of src/lib/audit that touches the disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageUrl, readPage, type PageLinks } from './links.ts';

/** Every file of a build, relative to its folder, with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** The HTML pages of a build, relative to its folder; Pagefind's own files are not pages. */
export function htmlPages(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

export interface BuiltSite {
  dir: string;
  files: Set<string>;
  pages: Map<string, PageLinks>;
}

export function readBuild(dir: string, base: string): BuiltSite {
  const files = listFiles(dir);
  const pages = new Map<string, PageLinks>();
  for (const file of htmlPages(files))
    pages.set(file, readPage(readFileSync(join(dir, file), 'utf8'), pageUrl(file, base)));
  return { dir, files: new Set(files), pages };
}
