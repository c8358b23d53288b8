/**
 * Event times as the content model writes them: a month (`2024-02`), a day
 * (`2023-09-12`) or a moment with its offset (`2021-03-09T09:30+01:00`).
 * Readers see them in words; machines get the ISO text in `<time datetime>`.
 */

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
    return { text, precision: 'month', start: new Date(Date.UTC(year, month - 1, 1)), after: new Date(Date.UTC(year, month, 1)) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    return { text, precision: 'day', start: new Date(Date.UTC(year, month - 1, day)), after: new Date(Date.UTC(year, month - 1, day + 1)) };
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
  if (time.precision === 'month') return time.start.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (time.precision === 'day') return time.start.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const [day, clock] = text.split('T') as [string, string];
  const hhmm = clock.slice(0, 5);
  return `${formatEventTime(day, locale)}, ${hhmm} (UTC${offsetOf(text)})`;
}

/** "12 to 13 September 2023" style ranges, kept simple: both ends in full. */
export function formatEventRange(start: string, end: string | undefined, locale = 'en-GB'): string {
  if (end === undefined || end === start) return formatEventTime(start, locale);
  if (start.slice(0, 10) === end.slice(0, 10) && parseEventTime(end).precision === 'moment') {
    return `${formatEventTime(start, locale)} to ${end.split('T')[1]?.slice(0, 5) ?? end}`;
  }
  return `${formatEventTime(start, locale)} to ${formatEventTime(end, locale)}`;
}

/** True while the event has not finished at `now`: a month-precision event stays upcoming until that month ends. */
export function isUpcoming(event: { start: string; end?: string | undefined }, now: Date): boolean {
  return parseEventTime(event.end ?? event.start).after.valueOf() > now.valueOf();
}

/** Upcoming events soonest first, past events latest first. */
export function splitByDate<E extends { data: { start: string; end?: string | undefined } }>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const startOf = (e: E) => parseEventTime(e.data.start).start.valueOf();
  const upcoming = events.filter((e) => isUpcoming(e.data, now)).sort((a, b) => startOf(a) - startOf(b));
  const past = events.filter((e) => !isUpcoming(e.data, now)).sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}
