/**
 * A listing too long for one page cannot filter itself in place: its filter
 * form hands over to the search page instead, which browses every entry by
 * facets with no query words (`/search/?type=Example&country=Estonia`). The
 * search page names its facets by the labels readers see, so a listing's
 * filter options (codes, shown as labels) are turned into the search page's.
 */
import type { FacetKey } from './search/facet-list.ts';

export interface ListFacet {
  /** The listing's own field name (`model`). */
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
}

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
 * The listing's facets as the search page's: renamed where the names differ
 * (`{ model: 'legal' }`), values replaced by their labels, without the facets
 * that have more than `maxOptions` values. A facet the search page does not
 * know is an error: the form would send a parameter it ignores.
 */
export function searchFacets(facets: readonly ListFacet[], names: Readonly<Record<string, FacetKey>>, maxOptions = MAX_HANDOFF_OPTIONS): SearchFacet[] {
  return facets.filter((facet) => facet.options.length <= maxOptions).map((facet) => {
    const name = names[facet.name];
    if (name === undefined) throw new Error(`no search facet for the listing's "${facet.name}" filter`);
    const labels = [...new Set(facet.options.map((o) => o.label))];
    return { name, label: facet.label, options: labels.map((label) => ({ value: label, label })) };
  });
}
