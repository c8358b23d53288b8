/**
 * Writes a synthetic corpus to a folder: `npx node scripts/bench/corpus.ts <entries> <folder> [seed]`.
 * The benchmark calls writeCorpus() directly; this entry point is for looking at one.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus } from '../../src/lib/corpus/generate.ts';

/** Slugs of the site's own free-standing pages, so the corpus has every page the footer links to. */
export function sitePageSlugs(contentDir = 'content'): string[] {
  try {
    return readdirSync(join(contentDir, 'pages')).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)).sort();
  } catch {
    return [];
  }
}

export function writeCorpus(entries: number, dir: string, seed = 1): number {
  rmSync(dir, { recursive: true, force: true });
  const files = generateCorpus({ entries, seed, pages: sitePageSlugs() });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  return files.length;
}

if (import.meta.main) {
  const [entries = '100', dir = '/tmp/kf-corpus', seed = '1'] = process.argv.slice(2);
  const count = writeCorpus(Number(entries), dir, Number(seed));
  console.log(`Wrote ${count} files for ${entries} entries to ${dir}`);
}
