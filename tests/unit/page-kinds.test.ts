import { describe, expect, it } from 'vitest';
import { pageKind, pagesByKind } from '../support/page-kinds.ts';

describe('pageKind', () => {
  it('names the home page, indexes, detail pages and other files', () => {
    expect(['/', '/toolbox/', '/toolbox/pcp/', '/404.html'].map((url) => pageKind(url))).toEqual([
      'home',
      'toolbox index',
      'toolbox detail',
      '404.html',
    ]);
  });

  it('reads the kind after the base path', () => {
    expect(pageKind('/kf/examples/x/', '/kf/')).toBe('examples detail');
  });
});

describe('pagesByKind', () => {
  it('keeps the first page of each kind', () => {
    expect([...pagesByKind(['/toolbox/a/', '/toolbox/b/', '/toolbox/'])]).toEqual([
      ['toolbox detail', '/toolbox/a/'],
      ['toolbox index', '/toolbox/'],
    ]);
  });
});
