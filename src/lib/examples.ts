/**
 * How an example's facts read: its period and its value.
 */

/** `2013`, `2013–2015`, or `2019 onwards` for an unfinished one. */
export function formatPeriod(period: { start: number; end?: number | undefined }, status?: string): string {
  if (period.end === undefined)
    return status === 'completed' || status === 'discontinued' ? String(period.start) : `${period.start} onwards`;
  return period.end === period.start ? String(period.start) : `${period.start}–${period.end}`;
}

/** `EUR 1,200,000` written out for readers: "€1,200,000". */
export function formatValue(value: { amount: number; currency: string }, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    maximumFractionDigits: 0,
  }).format(value.amount);
}

/**
 * One buyer as a line of the key facts, country first so a name that ends in
 * its own brackets gets no second pair: `{ name: 'ASTRID (lead procurer)',
 * country: 'BE' }` is "Belgium: ASTRID (lead procurer)".
 */
export function buyerLine(buyer: { name: string; country: string }, countryName: (code: string) => string): string {
  return `${countryName(buyer.country)}: ${buyer.name}`;
}
