/**
 * Filter state for the examples and toolbox lists, kept in the page's query
 * string (`?country=FR&status=ongoing`) so a filtered view can be shared. The
 * page is a plain GET form; the script reads and writes this state.
 */

/** One value per facet; an absent or empty value means "any". */
export type FilterState = Record<string, string>;

/** `readFilterState('?country=FR&x=1', ['country', 'status'])` is `{ country: 'FR' }`: unknown keys and empty values are dropped. */
export function readFilterState(search: string, keys: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

/** The query string for a state, keys in the form's order, `''` when nothing is chosen: `?country=FR&status=ongoing`. */
export function filterSearch(state: FilterState, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Parses an item's `data-country="FR ES"` style attribute into its values. */
export function facetValues(attribute: string | null | undefined): string[] {
  return (attribute ?? '').split(' ').filter((value) => value !== '');
}

/** True when the item has every chosen value: `{ country: ['FR', 'ES'] }` matches `{ country: 'ES' }`. */
export function matchesFilter(item: Record<string, readonly string[]>, state: FilterState): boolean {
  return Object.entries(state).every(([key, value]) => value === '' || (item[key] ?? []).includes(value));
}

/** "Showing 3 of 12 examples" or "Showing all 12 examples". */
export function countMessage(shown: number, total: number, noun: string): string {
  return shown === total ? `Showing all ${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
}
