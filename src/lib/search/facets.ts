/**
 * What Pagefind learns about an entry besides its text: the facets a reader
 * filters by, the metadata a result shows and the keys results sort by. Used by
 * SearchMeta on every page and by the indexer for contact points and glossary
 * terms, so a facet is named the same way wherever it comes from.
 */
import type { EntryData } from '../../schemas/index.ts';
import { countryName } from '../../schemas/countries.ts';
import { formatEventTime } from '../event-time.ts';
import type { PageCollection } from '../urls.ts';
import {
  FACETS,
  TYPE_LABELS,
  exampleEndYear,
  facetLabel,
  facetValues,
  type FacetContext,
  type FacetKey,
  type SearchableCollection,
} from './facet-list.ts';

export {
  FACETS,
  FACET_KEYS,
  TYPE_LABELS,
  yearsBetween,
  type FacetContext,
  type FacetKey,
  type SearchableCollection,
} from './facet-list.ts';

export interface SearchRecord {
  /** Facet values, e.g. `{ type: ['Example'], country: ['Estonia', 'Lithuania'] }`. */
  filters: Partial<Record<FacetKey, string[]>>;
  /** Shown with a result: `type`, `summary`, `date`. */
  meta: Record<string, string>;
  /** Sort keys; `date` sorts lexically as ISO text (`2021`, `2022-03-10`). */
  sort: Record<string, string>;
}

/** An entry the search finds, as its collection and typed data: `{ collection: 'examples', data }`. */
export type SearchableEntry = {
  [C in SearchableCollection]: { collection: C; data: EntryData<C> };
}[SearchableCollection];
/** An entry with a page of its own, as its page's SearchMeta takes it. */
export type PageSearchEntry = Extract<SearchableEntry, { collection: PageCollection }>;

/** The years an example ran, as a result shows them (`2019–2021`, `2023–` while ongoing) and sorts them (by the last). */
function examplePeriod(data: EntryData<'examples'>, currentYear: number): { date: string; sort: string } {
  const { start, end } = data.period;
  const open = end === undefined && data.status === 'ongoing';
  const date = end !== undefined && end !== start ? `${start}–${end}` : open ? `${start}–` : String(start);
  return { date, sort: String(exampleEndYear(data, currentYear)) };
}

/**
 * The facets, metadata and sort keys of one entry, e.g. for an example
 * `{ filters: { type: ['Example'], country: ['Estonia', 'Lithuania'], year: ['2019', '2020'] … },
 *    meta: { type: 'Example', summary: '…', date: '2019–2020' }, sort: { date: '2020' } }`.
 * Facet values are their labels, in the order of FACETS.
 */
export function searchRecord(entry: SearchableEntry, context: FacetContext = {}): SearchRecord {
  const type = TYPE_LABELS[entry.collection];
  const record: SearchRecord = { filters: {}, meta: { type }, sort: {} };
  for (const facet of FACETS) {
    const labels = [
      ...new Set(
        facetValues(facet, entry.collection, entry.data, context).map((value) => facetLabel(facet, value, context)),
      ),
    ];
    if (labels.length > 0) record.filters[facet.key] = labels;
  }
  const summary =
    entry.collection === 'glossary'
      ? entry.data.definition
      : entry.collection === 'contacts'
        ? undefined
        : entry.data.summary;
  if (summary) record.meta['summary'] = summary;

  // Pages about a topic repeat their title as `topic`, which the search page
  // weighs up: the drones segment outranks an example with drones in its title,
  // and the contact point for Estonia outranks pages that mention Estonia.
  const topic =
    entry.collection === 'guides' ||
    entry.collection === 'segments' ||
    entry.collection === 'decisions' ||
    entry.collection === 'timelines'
      ? entry.data.title
      : entry.collection === 'glossary'
        ? entry.data.term
        : entry.collection === 'contacts'
          ? countryName(entry.data.country)
          : undefined;
  if (topic) record.meta['topic'] = topic;

  if (entry.collection === 'examples') {
    const period = examplePeriod(entry.data, context.currentYear ?? new Date().getUTCFullYear());
    record.meta['date'] = period.date;
    record.sort['date'] = period.sort;
  }
  if (entry.collection === 'events') {
    const day = entry.data.start.slice(0, 10);
    // Shown as the rest of the site writes dates ("20 September 2023"); sorted as ISO text.
    record.meta['date'] = formatEventTime(day);
    record.sort['date'] = day;
  }
  return record;
}
