/**
 * Compares two builds of the same commit file by file. Builds must be
 * byte-identical so deploys and caches are predictable; the few files allowed
 * to differ are listed, with the reason, in REPRODUCIBLE_ALLOW_LIST.
 */
import { createHash } from 'node:crypto';

export interface AllowedDifference {
  /** Files, relative to the build folder, matched as a regular expression. */
  pattern: RegExp;
  /** Why it may differ between two builds of the same commit. */
  reason: string;
}

/**
 * Files that may differ between two builds of the same commit. Keep it short:
 * every entry is a file a cache cannot trust. Empty means byte-identical builds.
 */
export const REPRODUCIBLE_ALLOW_LIST: readonly AllowedDifference[] = [];

export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

export function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Compares two `file → hash` maps; files matching the allow-list are left out. */
export function compareTrees(
  first: ReadonlyMap<string, string>,
  second: ReadonlyMap<string, string>,
  allow: readonly AllowedDifference[] = REPRODUCIBLE_ALLOW_LIST,
): TreeDifference {
  const allowed = (file: string) => allow.some((entry) => entry.pattern.test(file));
  const difference: TreeDifference = { onlyInFirst: [], onlyInSecond: [], differing: [] };
  for (const [file, hash] of first) {
    if (allowed(file)) continue;
    const other = second.get(file);
    if (other === undefined) difference.onlyInFirst.push(file);
    else if (other !== hash) difference.differing.push(file);
  }
  for (const file of second.keys()) if (!first.has(file) && !allowed(file)) difference.onlyInSecond.push(file);
  for (const list of Object.values(difference)) list.sort();
  return difference;
}

export function isIdentical(difference: TreeDifference): boolean {
  return difference.onlyInFirst.length + difference.onlyInSecond.length + difference.differing.length === 0;
}

export function formatDifference(difference: TreeDifference, limit = 20): string {
  const lines: string[] = [];
  const section = (title: string, files: string[]) => {
    if (files.length === 0) return;
    lines.push(`${title} (${files.length}):`, ...files.slice(0, limit).map((f) => `  ${f}`));
    if (files.length > limit) lines.push(`  … and ${files.length - limit} more`);
  };
  section('only in the first build', difference.onlyInFirst);
  section('only in the second build', difference.onlyInSecond);
  section('different content', difference.differing);
  return lines.join('\n');
}
