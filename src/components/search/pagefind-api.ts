/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into
 * <base>pagefind/) that the search page uses. Pagefind ships no types for it.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Counts per facet value, e.g. `{ country: { Estonia: 3 } }`. */
export type FacetCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of the results per facet value, were it chosen too. */
  filters: FacetCounts;
  totalFilters: FacetCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FacetCounts>;
  preload(term: string, options?: object): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
}
