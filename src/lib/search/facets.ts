/**
 * What Pagefind learns about an entry besides its text: the facets a reader
 * filters by, the metadata a result shows and the keys results sort by. Used by
 * SearchMeta on every page and by the indexer for contact points and glossary
 * terms, so a facet is named the same way wherever it comes from.
 */
import { countryName } from '../../schemas/countries.ts';
import { INSTRUMENT_LABELS, LEGAL_MODEL_LABELS, PHASE_LABELS, SECURITY_AREA_LABELS, STATUS_LABELS, label } from '../labels.ts';

export { FACETS, FACET_KEYS, TYPE_LABELS, type FacetKey } from './facet-list.ts';
import { TYPE_LABELS, type FacetKey } from './facet-list.ts';
import { formatEventTime } from '../event-time.ts';

export type SearchableCollection = keyof typeof TYPE_LABELS;

export interface SearchRecord {
  /** Facet values, e.g. `{ type: ['Example'], country: ['Estonia', 'Lithuania'] }`. */
  filters: Partial<Record<FacetKey, string[]>>;
  /** Shown with a result: `type`, `summary`, `date`. */
  meta: Record<string, string>;
  /** Sort keys; `date` sorts lexically as ISO text (`2021`, `2022-03-10`). */
  sort: Record<string, string>;
}

/** What the builder needs beyond the entry itself. */
export interface FacetContext {
  /** Segment titles by slug, so an example's segment facet reads as its title. */
  segmentTitles?: ReadonlyMap<string, string>;
  /** The year "ongoing" runs to; the build year by default. */
  currentYear?: number;
}

type Data = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const unique = (values: string[]): string[] => [...new Set(values)];

/** `yearsBetween(2019, 2021)` is `['2019', '2020', '2021']`. */
export function yearsBetween(start: number, end: number): string[] {
  const years: string[] = [];
  for (let year = start; year <= end; year++) years.push(String(year));
  return years;
}

/** The years an example ran: an ongoing one without an end runs to this year. */
function exampleYears(data: Data, currentYear: number): { years: string[]; date: string; sort: string } | undefined {
  const period = data['period'] as { start?: number; end?: number } | undefined;
  if (typeof period?.start !== 'number') return undefined;
  const open = period.end === undefined && data['status'] === 'ongoing';
  const end = period.end ?? (open ? Math.max(period.start, currentYear) : period.start);
  const date = period.end !== undefined && period.end !== period.start ? `${period.start}–${period.end}` : open ? `${period.start}–` : String(period.start);
  return { years: yearsBetween(period.start, end), date, sort: String(end) };
}

function put(record: SearchRecord, key: FacetKey, values: (string | undefined)[]): void {
  const present = unique(values.filter((v): v is string => v !== undefined && v !== ''));
  if (present.length > 0) record.filters[key] = present;
}

/**
 * The facets, metadata and sort keys of one entry, e.g. for an example
 * `{ filters: { type: ['Example'], country: ['Estonia', 'Lithuania'], year: ['2019', '2020'] … },
 *    meta: { type: 'Example', summary: '…', date: '2019–2020' }, sort: { date: '2020' } }`.
 */
export function searchRecord(collection: SearchableCollection, data: Data, context: FacetContext = {}): SearchRecord {
  const type = TYPE_LABELS[collection];
  const record: SearchRecord = { filters: { type: [type] }, meta: { type }, sort: {} };
  const summary = text(data['summary']) ?? text(data['definition']);
  if (summary) record.meta['summary'] = summary;
  const area = text(data['securityArea']);
  if (area) put(record, 'area', [label(SECURITY_AREA_LABELS, area)]);

  // Pages about a topic repeat their title as `topic`, which the search page
  // weighs up: the drones segment outranks an example with drones in its title,
  // and the contact point for Estonia outranks pages that mention Estonia.
  const topic =
    collection === 'guides' || collection === 'segments' ? text(data['title'])
    : collection === 'glossary' ? text(data['term'])
    : collection === 'contacts' && typeof data['country'] === 'string' ? countryName(data['country'])
    : undefined;
  if (topic) record.meta['topic'] = topic;

  switch (collection) {
    case 'guides':
      put(record, 'phase', [label(PHASE_LABELS, String(data['phase']))]);
      put(record, 'instrument', strings(data['instruments']).map((i) => label(INSTRUMENT_LABELS, i)));
      break;
    case 'examples': {
      put(record, 'country', strings(data['countries']).map((code) => countryName(code)));
      put(record, 'segment', strings(data['segments']).map((slug) => context.segmentTitles?.get(slug) ?? slug));
      put(record, 'legal', [label(LEGAL_MODEL_LABELS, String(data['legalModel']))]);
      put(record, 'status', [label(STATUS_LABELS, String(data['status']))]);
      const period = exampleYears(data, context.currentYear ?? new Date().getUTCFullYear());
      if (period) {
        put(record, 'year', period.years);
        record.meta['date'] = period.date;
        record.sort['date'] = period.sort;
      }
      break;
    }
    case 'segments':
      put(record, 'segment', [text(data['title'])]);
      put(record, 'country', strings(data['interestedCountries']).map((code) => countryName(code)));
      break;
    case 'events': {
      const location = data['location'] as { country?: string } | undefined;
      put(record, 'country', [location?.country ? countryName(location.country) : undefined]);
      const start = text(data['start']);
      if (start) {
        const day = start.slice(0, 10);
        put(record, 'year', [start.slice(0, 4)]);
        // Shown as the rest of the site writes dates ("20 September 2023"); sorted as ISO text.
        record.meta['date'] = formatEventTime(day);
        record.sort['date'] = day;
      }
      break;
    }
    case 'contacts':
      put(record, 'country', [countryName(String(data['country']))]);
      break;
    case 'glossary':
    case 'pages':
      break;
  }
  return record;
}
