/**
 * Every facet, declared once: its name, its label, which collections have it,
 * how its values are read from an entry's typed data and how a value reads to
 * people. The search metadata of each page (src/lib/search/facets.ts), the
 * search page's filter panel and URL parameters, the listings' filter forms
 * and their handoff to the search page are all derived from this table.
 *
 * The search page's script imports this module, so it imports nothing that
 * pulls in Zod (the schemas' values): only types, labels and country names.
 * The label tables list instruments and phases in the schema's order, which
 * is why `order` reads their keys.
 */
import type { EntryData } from '../../schemas/index.ts';
import { countryName } from '../../schemas/countries.ts';
import {
  INSTRUMENT_LABELS,
  LEGAL_MODEL_LABELS,
  PHASE_LABELS,
  SECURITY_AREA_LABELS,
  STATUS_LABELS,
  label,
} from '../labels.ts';

/** The `type` facet's values: what a reader calls each kind of result, in the order the facet lists them. */
export const TYPE_LABELS = {
  guides: 'Guide',
  examples: 'Example',
  segments: 'Segment',
  events: 'Event',
  contacts: 'Contact point',
  glossary: 'Glossary term',
  pages: 'Page',
  templates: 'Template',
  decisions: 'Decision aid',
  timelines: 'Timeline',
} as const;

/** The collections the search finds: pages, plus contact points and glossary terms as rows of their pages. */
export type SearchableCollection = keyof typeof TYPE_LABELS;

/** What reading or labelling a value needs beyond the entry itself. */
export interface FacetContext {
  /** Segment titles by slug, so an example's segment facet reads as its title. */
  segmentTitles?: ReadonlyMap<string, string>;
  /** The year "ongoing" runs to; the build year by default. */
  currentYear?: number;
}

/** How a facet reads its values from the data of each collection that has it; a collection left out has no such facet. */
type FacetReaders = {
  [C in SearchableCollection]?: (data: EntryData<C>, context: FacetContext) => readonly (string | undefined)[];
};

interface FacetSpec {
  /** The Pagefind filter name and the search page's URL parameter (`?country=Estonia`). */
  key: string;
  /** The filter's label, on the search page and in listing forms. */
  label: string;
  /** Values as the content writes them (`EE`, `lead-buyer`, a segment's slug). */
  values: FacetReaders;
  /** How a value reads to people; the search filters by these labels. As written when absent. */
  labelOf?: (value: string, context: FacetContext) => string;
  /** The order a listing offers the values in, where it is not alphabetical by label (the toolbox's instruments). */
  order?: readonly string[];
  /** A listing's query parameter where it is not `key`: the examples listing has published `?model=` links. */
  listParam?: string;
}

/** `yearsBetween(2019, 2021)` is `['2019', '2020', '2021']`. */
export function yearsBetween(start: number, end: number): string[] {
  const years: string[] = [];
  for (let year = start; year <= end; year++) years.push(String(year));
  return years;
}

/** The last year an example ran: its end, or this year for an ongoing one without an end. */
export function exampleEndYear(data: Pick<EntryData<'examples'>, 'period' | 'status'>, currentYear: number): number {
  const { start, end } = data.period;
  return end ?? (data.status === 'ongoing' ? Math.max(start, currentYear) : start);
}

const thisYear = (context: FacetContext) => context.currentYear ?? new Date().getUTCFullYear();
const typeOf = (collection: SearchableCollection) => () => [TYPE_LABELS[collection]];

/**
 * The facets, in the order the search page shows them; the order matters, it
 * is the reading order of the filter panel.
 */
export const FACETS = [
  {
    key: 'type',
    label: 'Type',
    values: {
      guides: typeOf('guides'),
      examples: typeOf('examples'),
      segments: typeOf('segments'),
      events: typeOf('events'),
      contacts: typeOf('contacts'),
      glossary: typeOf('glossary'),
      pages: typeOf('pages'),
      templates: typeOf('templates'),
      decisions: typeOf('decisions'),
      timelines: typeOf('timelines'),
    },
  },
  {
    key: 'area',
    label: 'Security area',
    values: { examples: (data) => [data.securityArea], segments: (data) => [data.securityArea] },
    labelOf: (value) => label(SECURITY_AREA_LABELS, value),
  },
  {
    key: 'segment',
    label: 'Segment',
    // A segment is filed under its own title, which the segment titles then leave as it is.
    values: { examples: (data) => data.segments, segments: (data) => [data.title] },
    labelOf: (value, context) => context.segmentTitles?.get(value) ?? value,
  },
  {
    key: 'country',
    label: 'Country',
    values: {
      examples: (data) => data.countries,
      segments: (data) => data.interestedCountries,
      events: (data) => [data.location && 'country' in data.location ? data.location.country : undefined],
      contacts: (data) => [data.country],
    },
    labelOf: (value) => countryName(value),
  },
  {
    key: 'instrument',
    label: 'Instrument',
    values: { guides: (data) => data.instruments },
    labelOf: (value) => label(INSTRUMENT_LABELS, value),
    order: Object.keys(INSTRUMENT_LABELS),
  },
  {
    key: 'phase',
    label: 'Phase',
    values: { guides: (data) => [data.phase] },
    labelOf: (value) => label(PHASE_LABELS, value),
    order: Object.keys(PHASE_LABELS),
  },
  {
    key: 'legal',
    label: 'Legal model',
    values: { examples: (data) => [data.legalModel] },
    labelOf: (value) => label(LEGAL_MODEL_LABELS, value),
    listParam: 'model',
  },
  {
    key: 'status',
    label: 'Status',
    values: { examples: (data) => [data.status] },
    labelOf: (value) => label(STATUS_LABELS, value),
  },
  {
    key: 'year',
    label: 'Year',
    values: {
      examples: (data, context) => yearsBetween(data.period.start, exampleEndYear(data, thisYear(context))),
      events: (data) => [data.start.slice(0, 4)],
    },
  },
] as const satisfies readonly FacetSpec[];

export type FacetKey = (typeof FACETS)[number]['key'];
export type Facet = FacetSpec & { key: FacetKey };
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** The declaration of one facet: `facet('legal').label` is "Legal model". */
export function facet(key: FacetKey): Facet {
  const found: Facet | undefined = FACETS.find((f) => f.key === key);
  if (!found) throw new Error(`no facet "${key}"`);
  return found;
}

/**
 * An entry's values of one facet as the content writes them, or none when its
 * collection has no such facet: `facetValues(facet('country'), 'examples', data)`
 * is `['EE', 'LT']`.
 */
export function facetValues<C extends SearchableCollection>(
  of: Facet,
  collection: C,
  data: EntryData<C>,
  context: FacetContext = {},
): string[] {
  const read: FacetReaders[C] = of.values[collection];
  return (read?.(data, context) ?? []).filter((value): value is string => value !== undefined && value !== '');
}

/** How one value of a facet reads: `facetLabel(facet('country'), 'EE')` is "Estonia". */
export function facetLabel(of: Facet, value: string, context: FacetContext = {}): string {
  return of.labelOf?.(value, context) ?? value;
}
