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

/** A YAML value that may already be a Date (Astro's YAML parser) or a string (ours). */
function asText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value;
}

/** A calendar day written `YYYY-MM-DD`, kept as that string so it round-trips exactly. */
export const isoDay = z.preprocess(
  asText,
  z.string({ error: 'expected a date written YYYY-MM-DD, for example 2023-10-31' }).refine(isRealDay, {
    error: (issue) => `"${String(issue.input)}" is not a real date; write YYYY-MM-DD, for example 2023-10-31`,
  }),
);

/** A date as precise as the source is: `2024`, `2024-02` or `2024-02-15`. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : asText(value)),
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine((text) => /^\d{4}$/.test(text) || /^\d{4}-(0[1-9]|1[0-2])$/.test(text) || isRealDay(text), {
      error: (issue) => `"${String(issue.input)}" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD`,
    }),
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
    }),
);

/** A four-digit year between 1990 and 2100. */
export const year = z
  .number({ error: 'expected a four-digit year such as 2021' })
  .int({ error: 'expected a whole year such as 2021' })
  .min(1990, { error: 'expected a year from 1990 on' })
  .max(2100, { error: 'expected a year before 2100' });
