/**
 * A listing too long for one page cannot filter itself in place: its filter
 * form hands over to the search page instead, which browses every entry by
 * facets with no query words (`/search/?type=Example&country=Estonia`). The
 * search page names its facets by the labels readers see, so a listing's
 * filter options (codes, shown as labels) are turned into the search page's.
 * Both come from the same facet declarations (src/lib/search/facet-list.ts).
 */
import type { ListFacet } from './listing-facets.ts';
import type { FacetKey } from './facet-list.ts';

export interface SearchFacet {
  /** The search page's parameter (`legal`). */
  name: FacetKey;
  label: string;
  /** Values are the labels, as the search page's facets expect. */
  options: { value: string; label: string }[];
}

/**
 * Most options a handoff select offers. A facet with more (segments, one per
 * segment page) would make the listing grow with the site again; the search
 * page's own panel offers it instead.
 */
export const MAX_HANDOFF_OPTIONS = 60;

/**
 * The listing's facets as the search page's: under the search facet's name
 * (`legal` where the listing says `model`), values replaced by their labels,
 * without the facets that have more than `maxOptions` values.
 */
export function searchFacets(facets: readonly ListFacet[], maxOptions = MAX_HANDOFF_OPTIONS): SearchFacet[] {
  return facets
    .filter((facet) => facet.options.length <= maxOptions)
    .map((facet) => {
      const labels = [...new Set(facet.options.map((o) => o.label))];
      return { name: facet.key, label: facet.label, options: labels.map((label) => ({ value: label, label })) };
    });
}
