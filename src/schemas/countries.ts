/**
 * ISO 3166-1 alpha-2 country codes, checked against the ICU data that ships
 * with Node and every browser instead of a hand-kept list that goes stale.
 */

const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Codes ICU names but ISO 3166-1 does not assign to a country. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'AA']);

/** Codes people write by habit, with the ISO code to use instead. */
const HABITUAL_CODES: Record<string, string> = {
  UK: 'GB',
  EL: 'GR',
};

/** True for an assigned ISO 3166-1 alpha-2 code such as `FR`; false for `UK`, `EL`, `EU`, `XX`. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  if (NOT_COUNTRIES.has(code) || code.startsWith('X') || /^Q[M-Z]$/.test(code)) return false;
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  return displayNames.of(code) !== undefined;
}

/** A hint for a code that is not ISO 3166-1 alpha-2, such as "use GB for the United Kingdom". */
export function countryCodeHint(code: string): string {
  const upper = code.toUpperCase();
  const habitual = HABITUAL_CODES[upper];
  if (habitual) return `use ${habitual} (${displayNames.of(habitual)}), the ISO 3166-1 code`;
  if (upper !== code && isCountryCode(upper)) return `write it in capitals: ${upper}`;
  return 'use a two-letter ISO 3166-1 alpha-2 code such as FR, EE or PT';
}

/** The country's English name, e.g. `countryName('EE')` is "Estonia"; `EU` is "European Union". */
export function countryName(code: string, locale = 'en'): string {
  const names = locale === 'en' ? displayNames : new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return names.of(code) ?? code;
}
