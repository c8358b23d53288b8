import { z } from 'astro/zod';

/**
 * Dates are written as ISO strings. YAML parsers turn `2023-02-30` into 2 March
 * without a word, so every date is re-checked against the calendar here.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `2024-02-29` names a real day; false for `2023-02-30` or `2023-13-01`. */
export function isRealDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The years a date may name. A year past the end pins an entry to the top of
 * the feed and breaks the calendar (9999-12-31); a year before the start shows
 * as 1900 (0000-01). Sources may be older than the network: the oldest EU
 * procurement law it cites dates from 1989.
 */
export const FIRST_YEAR = 1950;
/** Events, reviews and examples: the years of EU cooperation on procurement the site covers. */
export const FIRST_EVENT_YEAR = 1990;
/** How many years ahead a planned event, a review date or a publication may be. */
export const YEARS_AHEAD = 10;

/** The last year a date may name: this year plus YEARS_AHEAD. */
export function lastYear(now = new Date()): number {
  return now.getUTCFullYear() + YEARS_AHEAD;
}

/** Why a date's year is out of range, or undefined: `yearProblem('9999-12-31', 1990)`. */
export function yearProblem(text: string, first: number): string | undefined {
  const year = Number(text.slice(0, 4));
  if (!/^\d{4}/.test(text)) return undefined;
  if (year < first) return `"${text}" is before ${first}; write the year in full, as the source gives it`;
  if (year > lastYear())
    return `"${text}" is more than ${YEARS_AHEAD} years ahead (after ${lastYear()}); check the year`;
  return undefined;
}

/** A refinement that keeps a date's year between `first` and lastYear(), with the reason as its message. */
function inYears(first: number) {
  return [
    (text: string) => yearProblem(text, first) === undefined,
    { error: (issue: { input: unknown }) => yearProblem(String(issue.input), first) ?? 'the year is out of range' },
  ] as const;
}

/** A YAML value that may already be a Date (Astro's YAML parser) or a string (ours). */
function asText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value;
}

/** A calendar day written `YYYY-MM-DD`, kept as that string so it round-trips exactly. */
export const isoDay = z.preprocess(
  asText,
  z
    .string({ error: 'expected a date written YYYY-MM-DD, for example 2023-10-31' })
    .refine(isRealDay, {
      error: (issue) => `"${String(issue.input)}" is not a real date; write YYYY-MM-DD, for example 2023-10-31`,
      abort: true,
    })
    .refine(...inYears(FIRST_EVENT_YEAR)),
);

/** A day that has come: a change note dated later would stay at the top of the feed until then. */
export const pastDay = isoDay.refine(
  // A day of grace for a change written late in the evening east of UTC.
  // A year out of range is reported once, by isoDay.
  (text) =>
    yearProblem(String(text), FIRST_EVENT_YEAR) !== undefined ||
    Date.parse(`${String(text)}T00:00:00Z`) <= Date.now() + 86_400_000,
  { error: (issue) => `"${String(issue.input)}" is in the future; date a change on the day it was made` },
);

/** A date as precise as the source is: `2024`, `2024-02` or `2024-02-15`. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : asText(value)),
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine((text) => /^\d{4}$/.test(text) || /^\d{4}-(0[1-9]|1[0-2])$/.test(text) || isRealDay(text), {
      error: (issue) => `"${String(issue.input)}" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD`,
      abort: true,
    })
    .refine(...inYears(FIRST_YEAR)),
);

/** True for `2024-02`, `2023-09-12` or `2021-03-09T09:30+01:00`; false for a time without its offset. */
export function isEventTime(text: string): boolean {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return true;
  if (isRealDay(text)) return true;
  const match = ISO_DATE_TIME.exec(text);
  return match !== null && isRealDay(match[1] ?? '');
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * When an event happens, as precisely as it is known: a month (`2024-02`), a day
 * (`2023-09-12`) or a moment with its UTC offset (`2021-03-09T09:30+01:00`).
 */
export const eventTime = z.preprocess(
  // Astro's YAML parser turns unquoted timestamps into instants: a date alone
  // arrives as midnight UTC, a date-time as the same instant in UTC.
  (value) => {
    if (!(value instanceof Date) || Number.isNaN(value.valueOf())) return value;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  },
  z
    .string({ error: 'expected YYYY-MM, YYYY-MM-DD or a date-time with offset such as 2021-03-09T09:30+01:00' })
    .refine(isEventTime, {
      error: (issue) =>
        `"${String(issue.input)}" is not a valid time; write YYYY-MM, YYYY-MM-DD or a date-time with offset such as 2021-03-09T09:30+01:00`,
      abort: true,
    })
    .refine(...inYears(FIRST_EVENT_YEAR)),
);

/**
 * Whether an event's end comes before its start, compared as moments, not as
 * text: `2021-03-09T10:00+01:00` is before `2021-03-09T09:30Z`. When either
 * is only a day or a month, they are compared at the coarser precision, in
 * each one's own calendar: `2024-02` does not end before `2024-02-15`.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  const timed = (text: string) => text.includes('T');
  if (timed(start) && timed(end)) return Date.parse(end) < Date.parse(start);
  const precision = Math.min(start.slice(0, 10).length, end.slice(0, 10).length);
  return end.slice(0, precision) < start.slice(0, precision);
}

/** A four-digit year from 1990 to YEARS_AHEAD years from now. */
export const year = z
  .number({ error: 'expected a four-digit year such as 2021' })
  .int({ error: 'expected a whole year such as 2021' })
  .min(FIRST_EVENT_YEAR, { error: `expected a year from ${FIRST_EVENT_YEAR} on` })
  .refine((value) => value <= lastYear(), {
    error: (issue) =>
      `${String(issue.input)} is more than ${YEARS_AHEAD} years ahead (after ${lastYear()}); check the year`,
  });
