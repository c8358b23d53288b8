/**
 * Pagination for listings that grow with the site. A listing shows every entry
 * on one page up to a threshold (the page size); above it, the entries go
 * into numbered pages, so that no page's weight grows with the corpus. The
 * real site's listings are far below the threshold and are never split.
 */

/** Entries per listing page; KF_LISTING_PAGE_SIZE overrides it (tests build small corpora). */
export const LISTING_PAGE_SIZE = 40;

/**
 * How many entries an overview shows of a section that has pages of its own
 * (the toolbox's phases and instruments): a few, then "All N guides in …".
 */
export const PREVIEW_SIZE = 10;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** Number of pages. */
  total: number;
  items: T[];
  /** Neighbouring page numbers, undefined at either end. */
  previous: number | undefined;
  next: number | undefined;
}

/** The page size from a raw setting: a whole number of at least 1, else the default. */
export function pageSizeFrom(raw: string | undefined, fallback = LISTING_PAGE_SIZE): number {
  const value = Number((raw ?? '').trim());
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** True when a listing of `count` entries is split into pages: only above the page size. */
export function needsPages(count: number, pageSize: number): boolean {
  return count > pageSize;
}

/** `paginate([a, b, c], 2)` is two pages, `[a, b]` and `[c]`; no items is one empty page. */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be a whole number of at least 1, not ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    previous: index > 0 ? index : undefined,
    next: index + 1 < total ? index + 2 : undefined,
  }));
}

/**
 * A section of an overview that groups a listing (the toolbox's phases and
 * instruments). While the whole listing fits on one page, every section is
 * shown in full. Above that, a section longer than `previewSize` shows its
 * first entries and has pages of its own (`more`), so the overview stays the
 * same size however the entries fall into sections.
 */
export function overviewSection<T>(
  items: readonly T[],
  listingSize: number,
  pageSize: number,
  previewSize = PREVIEW_SIZE,
): { shown: T[]; more: boolean } {
  const length = Math.min(previewSize, pageSize);
  return needsPages(listingSize, pageSize) && items.length > length
    ? { shown: items.slice(0, length), more: true }
    : { shown: [...items], more: false };
}

/**
 * Site path of page `number`: page 1 is `first`, page n is `${rest}n/`.
 * `pagePath(2, '/examples/', '/examples/page/')` is `/examples/page/2/`.
 */
export function pagePath(number: number, first: string, rest = first): string {
  return number <= 1 ? first : `${rest}${number}/`;
}

/**
 * The page numbers a pager lists around `current`: the first, the last and
 * `radius` either side, with `undefined` for a gap, so a pager stays short
 * however many pages there are: `pageWindow(7, 20)` is `[1, undefined, 5, 6, 7, 8, 9, undefined, 20]`.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | undefined)[] {
  const shown = (n: number) => n === 1 || n === total || Math.abs(n - current) <= radius;
  const numbers: (number | undefined)[] = [];
  for (let n = 1; n <= total; n++) {
    // A gap of one page is shown as that page: "…" would be no shorter.
    if (shown(n) || (shown(n - 1) && shown(n + 1) && n + 1 <= total)) numbers.push(n);
    else if (numbers.at(-1) !== undefined) numbers.push(undefined);
  }
  return numbers;
}
