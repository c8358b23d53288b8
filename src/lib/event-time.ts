/**
 * Event times as the content model writes them: a month (`2024-02`), a day
 * (`2023-09-12`) or a moment with its offset (`2021-03-09T09:30+01:00`).
 * Readers see them in words; machines get the ISO text in `<time datetime>`.
 */
import { utcDate } from './utc-date-format.ts';

export type Precision = 'month' | 'day' | 'moment';

export interface EventTime {
  /** As written in the content, e.g. `2021-03-09T09:30+01:00`. */
  text: string;
  precision: Precision;
  /** The first instant the time covers (midnight UTC for a month or a day). */
  start: Date;
  /** The instant just after it: the next month, the next day, or the moment itself. */
  after: Date;
}

export function parseEventTime(text: string): EventTime {
  if (/^\d{4}-\d{2}$/.test(text)) {
    const [year, month] = text.split('-').map(Number) as [number, number];
    return {
      text,
      precision: 'month',
      start: new Date(Date.UTC(year, month - 1, 1)),
      after: new Date(Date.UTC(year, month, 1)),
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    return {
      text,
      precision: 'day',
      start: new Date(Date.UTC(year, month - 1, day)),
      after: new Date(Date.UTC(year, month - 1, day + 1)),
    };
  }
  const moment = new Date(text);
  if (Number.isNaN(moment.valueOf())) throw new Error(`"${text}" is not an event time`);
  return { text, precision: 'moment', start: moment, after: moment };
}

/** The offset as written, `+01:00`, `Z` as `+00:00`. */
function offsetOf(text: string): string {
  const match = /(Z|[+-]\d{2}:\d{2})$/.exec(text);
  return match?.[1] === 'Z' || !match ? '+00:00' : (match[1] ?? '+00:00');
}

/**
 * The time in words, in the event's own time zone (a reader in another zone
 * sees the offset): "February 2024", "12 September 2023",
 * "9 March 2021, 09:30 (UTC+01:00)".
 */
export function formatEventTime(text: string, locale = 'en-GB'): string {
  const time = parseEventTime(text);
  if (time.precision === 'month') return utcDate(time.start, locale, 'month');
  if (time.precision === 'day') return utcDate(time.start, locale, 'day');
  const [day, clock] = text.split('T') as [string, string];
  const hhmm = clock.slice(0, 5);
  return `${formatEventTime(day, locale)}, ${hhmm} (UTC${offsetOf(text)})`;
}

/** A piece of a written date range; pieces with `datetime` go in a `<time>` element. */
export interface TimePart {
  text: string;
  datetime?: string;
}

/**
 * A start and end as readers write them, without repeating what both share:
 * "12 to 13 September 2023", "30 September to 2 October 2023",
 * "9 March 2021, 09:30 (UTC+01:00) to 11:00".
 */
export function eventRangeParts(start: string, end: string | undefined, locale = 'en-GB'): TimePart[] {
  if (end === undefined || end === start) return [{ text: formatEventTime(start, locale), datetime: start }];
  const to = { text: ' to ' };
  const [from, until] = [parseEventTime(start), parseEventTime(end)];
  if (from.precision === 'moment' && until.precision === 'moment' && start.slice(0, 10) === end.slice(0, 10)) {
    return [
      { text: formatEventTime(start, locale), datetime: start },
      to,
      { text: end.split('T')[1]?.slice(0, 5) ?? end, datetime: end },
    ];
  }
  if (from.precision === 'day' && until.precision === 'day' && start.slice(0, 4) === end.slice(0, 4)) {
    const sameMonth = start.slice(0, 7) === end.slice(0, 7);
    const short = utcDate(from.start, locale, sameMonth ? 'day-of-month' : 'day-month');
    return [{ text: short, datetime: start }, to, { text: formatEventTime(end, locale), datetime: end }];
  }
  return [
    { text: formatEventTime(start, locale), datetime: start },
    to,
    { text: formatEventTime(end, locale), datetime: end },
  ];
}

/** The range as plain text, e.g. "12 to 13 September 2023". */
export function formatEventRange(start: string, end: string | undefined, locale = 'en-GB'): string {
  return eventRangeParts(start, end, locale)
    .map((part) => part.text)
    .join('');
}

/** True while the event has not finished at `now`: a month-precision event stays upcoming until that month ends. */
export function isUpcoming(event: { start: string; end?: string | undefined }, now: Date): boolean {
  return parseEventTime(event.end ?? event.start).after.valueOf() > now.valueOf();
}

/** Upcoming events soonest first, past events latest first. */
export function splitByDate<E extends { data: { start: string; end?: string | undefined } }>(
  events: readonly E[],
  now: Date,
): { upcoming: E[]; past: E[] } {
  const startOf = (e: E) => parseEventTime(e.data.start).start.valueOf();
  const upcoming = events.filter((e) => isUpcoming(e.data, now)).sort((a, b) => startOf(a) - startOf(b));
  const past = events.filter((e) => !isUpcoming(e.data, now)).sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}
