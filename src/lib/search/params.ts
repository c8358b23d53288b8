/**
 * The search page's state as URL parameters, so a search can be shared and
 * bookmarked: `/search/?q=drones&country=Estonia&country=Lithuania&from=2019&to=2021&sort=date`.
 * Facet values are the labels readers see; a facet with several values
 * matches any of them, and different facets must all match.
 */
import { FACET_KEYS, type FacetKey } from './facet-list.ts';

export interface SearchState {
  /** The words typed, trimmed; empty to browse by facets alone. */
  q: string;
  /** Chosen values per facet, in the order they were chosen, without repeats. */
  filters: Partial<Record<FacetKey, string[]>>;
  /** Year range, inclusive; narrows to entries with a year (examples and events). */
  from?: number;
  to?: number;
  /** `date`: newest first; otherwise by relevance. */
  sort?: 'date';
}

const YEAR = /^\d{4}$/;

function year(value: string | null): number | undefined {
  return value !== null && YEAR.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** Reads `?q=…&type=Guide&from=2019` leniently: unknown parameters, blank values and malformed years are dropped. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const state: SearchState = { q: (params.get('q') ?? '').trim().replace(/\s+/g, ' '), filters: {} };
  for (const key of FACET_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      ),
    ];
    if (values.length > 0) state.filters[key] = values;
  }
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  // A range written backwards is still the reader's range.
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  if (params.get('sort') === 'date') state.sort = 'date';
  return state;
}

/** The query string for a state, without `?`, in a stable order: q, facets in panel order, from, to, sort. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FACET_KEYS) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.sort === 'date') params.set('sort', 'date');
  return params.toString();
}

/** True when the state asks for something: words, a facet or a year range. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0 || state.from !== undefined || state.to !== undefined;
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The state as Pagefind filters. The year range becomes the years it covers
 * among those the index knows (`knownYears`), intersected with any years chosen
 * one by one; a range that covers no known year matches nothing.
 */
export function toPagefindFilters(state: SearchState, knownYears: readonly string[]): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (key !== 'year' && values.length > 0) filters[key] = { any: values };
  }
  const ranged = state.from !== undefined || state.to !== undefined;
  let years = state.filters.year;
  if (ranged) {
    const from = state.from ?? -Infinity;
    const to = state.to ?? Infinity;
    const inRange = (y: string) => Number(y) >= from && Number(y) <= to;
    years = (years ?? knownYears).filter(inRange);
    // Pagefind ignores an empty "any"; a value no entry has makes the empty range match nothing.
    if (years.length === 0) years = ['none'];
  }
  if (years && years.length > 0) filters['year'] = { any: [...years] };
  return filters;
}
