/**
 * How an example's facts read: its period, value and the filter facets its
 * list item carries on the examples index.
 */

/** `2013`, `2013–2015`, or `2019 onwards` for an unfinished one. */
export function formatPeriod(period: { start: number; end?: number | undefined }, status?: string): string {
  if (period.end === undefined) return status === 'completed' || status === 'discontinued' ? String(period.start) : `${period.start} onwards`;
  return period.end === period.start ? String(period.start) : `${period.start}–${period.end}`;
}

/** `EUR 1,200,000` written out for readers: "€1,200,000". */
export function formatValue(value: { amount: number; currency: string }, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency, maximumFractionDigits: 0 }).format(value.amount);
}

export interface ExampleFacetsInput {
  countries: readonly string[];
  securityArea: string;
  segments: readonly string[];
  legalModel: string;
  status: string;
}

/** The facet attributes of an example's list item; the keys are the filter form's field names. */
export function exampleFacets(data: ExampleFacetsInput): Record<'country' | 'area' | 'segment' | 'model' | 'status', string> {
  return {
    country: data.countries.join(' '),
    area: data.securityArea,
    segment: data.segments.join(' '),
    model: data.legalModel,
    status: data.status,
  };
}

/** The distinct values of one facet across examples, each once, sorted by their label. */
export function facetOptions(values: readonly string[], labelOf: (value: string) => string): { value: string; label: string }[] {
  return [...new Set(values)].map((value) => ({ value, label: labelOf(value) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
