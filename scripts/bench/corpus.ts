/**
 * Writes a synthetic corpus to a folder: `npx node scripts/bench/corpus.ts <entries> <folder> [seed]`.
 * The benchmark calls writeCorpus() directly; this entry point is for looking at one.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus, type CorpusFile } from '../lib/corpus/generate.ts';

/** Slugs of the site's own free-standing pages, so the corpus has every page the footer links to. */
export function sitePageSlugs(contentDir = 'content'): string[] {
  try {
    return readdirSync(join(contentDir, 'pages'))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.slice(0, -4))
      .sort();
  } catch {
    return [];
  }
}

/** Replaces `dir` with the given corpus files. */
export function writeFiles(files: readonly CorpusFile[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

/** The corpus the site builds: `entries` entries of every collection, or only guides (as built side by side with Starlight). */
export function corpusFiles(entries: number, seed = 1, guidesOnly = false): CorpusFile[] {
  return generateCorpus({ entries, seed, pages: sitePageSlugs(), guidesOnly });
}

export function writeCorpus(entries: number, dir: string, seed = 1): number {
  const files = corpusFiles(entries, seed);
  writeFiles(files, dir);
  return files.length;
}

if (import.meta.main) {
  const [entries = '100', dir = '/tmp/kf-corpus', seed = '1'] = process.argv.slice(2);
  const count = writeCorpus(Number(entries), dir, Number(seed));
  console.log(`Wrote ${count} files for ${entries} entries to ${dir}`);
}
