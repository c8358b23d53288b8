/**
 * The search facets alone, without the content model, so the search page's
 * script can import them without pulling in country names and labels.
 */

/**
 * The facets, in the order the search page shows them. The key is both the
 * Pagefind filter name and the URL parameter (`?country=Estonia`); the order
 * matters, it is the reading order of the filter panel.
 */
export const FACETS = [
  { key: 'type', label: 'Type' },
  { key: 'area', label: 'Security area' },
  { key: 'segment', label: 'Segment' },
  { key: 'country', label: 'Country' },
  { key: 'instrument', label: 'Instrument' },
  { key: 'phase', label: 'Phase' },
  { key: 'legal', label: 'Legal model' },
  { key: 'status', label: 'Status' },
  { key: 'year', label: 'Year' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** The `type` facet's values: what a reader calls each kind of result, in the order the facet lists them. */
export const TYPE_LABELS = {
  guides: 'Guide',
  examples: 'Example',
  segments: 'Segment',
  events: 'Event',
  contacts: 'Contact point',
  glossary: 'Glossary term',
  pages: 'Page',
} as const;
