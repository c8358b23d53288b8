/**
 * A listing's filter form, derived from the facet declarations in
 * src/lib/search/facet-list.ts: which facets it offers is the listing's
 * choice; their labels, values, option labels and query parameters come from
 * the declarations, so a listing and the search page name a facet alike.
 */
import type { EntryData } from '../../schemas/index.ts';
import {
  facet,
  facetLabel,
  facetValues,
  type FacetContext,
  type FacetKey,
  type SearchableCollection,
} from './facet-list.ts';

export interface ListFacet {
  /** The search facet it is; a handoff to the search page sends it under this name. */
  key: FacetKey;
  /** The form field and query parameter (`model`), and the items' `data-<name>` attribute. */
  name: string;
  label: string;
  /** Values as the content writes them, each with its label. */
  options: { value: string; label: string }[];
}

/** The distinct values of one facet across entries, each once, sorted by their label. */
export function facetOptions(
  values: readonly string[],
  labelOf: (value: string) => string,
): { value: string; label: string }[] {
  return [...new Set(values)]
    .map((value) => ({ value, label: labelOf(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** Values in a declared order (`['jcbpp', 'pcp', …]`), each once; values the order does not know come last. */
function inOrder(values: readonly string[], order: readonly string[]): string[] {
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b));
}

/**
 * The filters of a listing of one collection, in the order given, each with
 * the values its entries have; a facet none of them has is left out:
 * `listFacets('examples', data, ['country', 'legal'])` gives the country and
 * legal-model selects, the latter under its published name `model`.
 */
export function listFacets<C extends SearchableCollection>(
  collection: C,
  items: readonly EntryData<C>[],
  keys: readonly FacetKey[],
  context: FacetContext = {},
): ListFacet[] {
  return keys
    .map((key) => {
      const of = facet(key);
      const values = items.flatMap((data) => facetValues(of, collection, data, context));
      const labelOf = (value: string) => facetLabel(of, value, context);
      const options = of.order
        ? inOrder(values, of.order).map((value) => ({ value, label: labelOf(value) }))
        : facetOptions(values, labelOf);
      return { key, name: of.listParam ?? key, label: of.label, options };
    })
    .filter((list) => list.options.length > 0);
}

/**
 * The `data-<name>` attributes of a list item that the filter script matches,
 * one per facet, values separated by spaces: `{ 'data-country': 'FR ES', 'data-model': 'lead-buyer' }`.
 */
export function listItemAttributes<C extends SearchableCollection>(
  collection: C,
  data: EntryData<C>,
  keys: readonly FacetKey[],
  context: FacetContext = {},
): Record<string, string> {
  return Object.fromEntries(
    keys.map((key) => {
      const of = facet(key);
      return [`data-${of.listParam ?? key}`, facetValues(of, collection, data, context).join(' ')];
    }),
  );
}
