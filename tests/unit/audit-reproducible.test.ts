import { describe, expect, it } from 'vitest';
import { compareTrees, formatDifference, isIdentical, sha256 } from '../../scripts/lib/audit/reproducible.ts';

const tree = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([file, content]) => [file, sha256(content)]));

describe('compareTrees', () => {
  it('finds identical builds identical', () => {
    expect(isIdentical(compareTrees(tree({ 'index.html': 'a' }), tree({ 'index.html': 'a' })))).toBe(true);
  });

  it('lists files only in one build and files whose content differs', () => {
    const difference = compareTrees(
      tree({ 'a.html': '1', 'b.html': '1', 'gone.html': '' }),
      tree({ 'a.html': '1', 'b.html': '2', 'new.html': '' }),
    );
    expect(difference).toEqual({ onlyInFirst: ['gone.html'], onlyInSecond: ['new.html'], differing: ['b.html'] });
    expect(formatDifference(difference)).toBe(
      'only in the first build (1):\n  gone.html\nonly in the second build (1):\n  new.html\ndifferent content (1):\n  b.html',
    );
  });

  it('leaves out files on the allow-list', () => {
    const allow = [{ pattern: /^pagefind\//, reason: 'test' }];
    expect(isIdentical(compareTrees(tree({ 'pagefind/x': '1' }), tree({ 'pagefind/x': '2' }), allow))).toBe(true);
  });
});
