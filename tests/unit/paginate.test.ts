import { describe, expect, it } from 'vitest';
import {
  LISTING_PAGE_SIZE,
  needsPages,
  overviewSection,
  pagePath,
  pageSizeFrom,
  pageWindow,
  paginate,
} from '../../src/lib/paginate.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('paginate', () => {
  it('puts the items into pages of the page size, the last one holding the rest', () => {
    const pages = paginate(numbers(7), 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('links each page to its neighbours, with none before the first or after the last', () => {
    const pages = paginate(numbers(7), 3);
    expect(pages.map((p) => [p.previous, p.next])).toEqual([
      [undefined, 2],
      [1, 3],
      [2, undefined],
    ]);
  });

  it('gives one page for a list that fits, and one empty page for no items', () => {
    expect(paginate(numbers(3), 3)).toEqual([
      { number: 1, total: 1, items: [1, 2, 3], previous: undefined, next: undefined },
    ]);
    expect(paginate([], 3)).toEqual([{ number: 1, total: 1, items: [], previous: undefined, next: undefined }]);
  });

  it('keeps every item exactly once, in order', () => {
    expect(paginate(numbers(95), LISTING_PAGE_SIZE).flatMap((p) => p.items)).toEqual(numbers(95));
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate(numbers(3), 0)).toThrow(RangeError);
    expect(() => paginate(numbers(3), 2.5)).toThrow(RangeError);
  });
});

describe('needsPages', () => {
  it('splits a listing only above the page size', () => {
    expect(needsPages(40, 40)).toBe(false);
    expect(needsPages(41, 40)).toBe(true);
    expect(needsPages(0, 40)).toBe(false);
  });
});

describe('overviewSection', () => {
  it('shows every section in full while the whole listing fits on one page', () => {
    expect(overviewSection(numbers(30), 40, 40, 10)).toEqual({ shown: numbers(30), more: false });
  });

  it('shows the first few of a longer section once the listing has pages, and says there are more', () => {
    expect(overviewSection(numbers(30), 41, 40, 10)).toEqual({ shown: numbers(10), more: true });
    expect(overviewSection(numbers(41), 400, 40, 10)).toEqual({ shown: numbers(10), more: true });
  });

  it('shows a short section in full even when the listing has pages', () => {
    expect(overviewSection(numbers(10), 400, 40, 10)).toEqual({ shown: numbers(10), more: false });
  });

  it('never shows more than a page, even when the preview is longer than the page size', () => {
    expect(overviewSection(numbers(5), 50, 2, 10).shown).toEqual([1, 2]);
  });
});

describe('pagePath', () => {
  it('keeps page 1 on the listing itself and numbers the others under the prefix', () => {
    expect(pagePath(1, '/examples/', '/examples/page/')).toBe('/examples/');
    expect(pagePath(2, '/examples/', '/examples/page/')).toBe('/examples/page/2/');
    expect(pagePath(3, '/toolbox/phase/prepare/')).toBe('/toolbox/phase/prepare/3/');
  });
});

describe('pageWindow', () => {
  it('lists every page of a short listing', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageWindow(7, 20)).toEqual([1, undefined, 5, 6, 7, 8, 9, undefined, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, undefined, 20]);
    expect(pageWindow(20, 20)).toEqual([1, undefined, 18, 19, 20]);
  });

  it('shows a single hidden page instead of a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stays the same length however many pages there are', () => {
    expect(pageWindow(500, 1000)).toHaveLength(pageWindow(50, 100).length);
  });
});

describe('pageSizeFrom', () => {
  it('reads a whole number of at least 1 and falls back to the default otherwise', () => {
    expect(pageSizeFrom('12')).toBe(12);
    expect(pageSizeFrom(' 3 ')).toBe(3);
    expect(pageSizeFrom(undefined)).toBe(LISTING_PAGE_SIZE);
    expect(pageSizeFrom('')).toBe(LISTING_PAGE_SIZE);
    expect(pageSizeFrom('-1')).toBe(LISTING_PAGE_SIZE);
    expect(pageSizeFrom('2.5')).toBe(LISTING_PAGE_SIZE);
  });
});
