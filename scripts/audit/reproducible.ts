/**
 * `npm run audit:reproducible`: builds the site twice from the same commit,
 * each with a fresh cache, and fails unless the two builds are byte-identical
 * (apart from REPRODUCIBLE_ALLOW_LIST in scripts/lib/audit/reproducible.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/audit/build-files.ts';
import { compareTrees, formatDifference, isIdentical, sha256, type TreeDifference } from '../lib/audit/reproducible.ts';
import { buildSite, newBuildDir } from '../lib/build.ts';

export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, sha256(readFileSync(join(dir, file)))]));
}

/** Builds twice with the given settings and compares; the folders are removed afterwards. */
export function buildTwiceAndCompare(env: Record<string, string> = {}): TreeDifference {
  const work = newBuildDir('reproducible-');
  try {
    const trees = ['first', 'second'].map((name) => {
      const build = buildSite(env, join(work, name));
      if (build.status !== 0) throw new Error(`The ${name} build failed:\n${build.output}`);
      return hashTree(build.outDir);
    });
    return compareTrees(trees[0] ?? new Map(), trees[1] ?? new Map());
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const difference = buildTwiceAndCompare();
  if (isIdentical(difference)) {
    console.log('Two builds of this commit are byte-identical.');
  } else {
    console.error(`Two builds of this commit differ:\n${formatDifference(difference)}`);
    console.error(
      '\nFind what varies (time stamps, random ids, unordered iteration) and make it deterministic, or, if it cannot be, add the file to REPRODUCIBLE_ALLOW_LIST with the reason.',
    );
    process.exit(1);
  }
}
