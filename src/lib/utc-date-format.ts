/**
 * Dates written for readers, in UTC: `utcDate(date, 'en-GB', 'day')` is
 * "12 March 2024". Each locale and style gets one Intl.DateTimeFormat for the
 * build: `toLocaleDateString` makes a new one on every call, which at 1,000
 * pages cost more than the rest of the date code.
 */
export type DateStyle = 'day' | 'month' | 'day-of-month' | 'day-month';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  'day-of-month': { day: 'numeric', timeZone: 'UTC' },
  'day-month': { day: 'numeric', month: 'long', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

export function utcDate(date: Date, locale: string, style: DateStyle): string {
  const key = `${locale}\0${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, OPTIONS[style])));
  return format.format(date);
}
