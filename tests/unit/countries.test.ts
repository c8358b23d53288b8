import { describe, expect, it } from 'vitest';
import { countryCodeHint, countryName, isCountryCode } from '../../src/schemas/countries.ts';

describe('country codes', () => {
  it.each(['FR', 'EE', 'GR', 'GB', 'NO', 'CY'])('accepts the ISO 3166-1 code %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each([
    ['UK', 'the habitual code for the United Kingdom'],
    ['EL', 'the EU’s code for Greece'],
    ['EU', 'a union, not a country'],
    ['XX', 'unassigned'],
    ['XK', 'user-assigned'],
    ['fr', 'lowercase'],
    ['FRA', 'alpha-3'],
    ['YU', 'withdrawn'],
  ])('rejects %s (%s)', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });

  it('hints at the ISO code for habitual ones', () => {
    expect(countryCodeHint('UK')).toBe('use GB (United Kingdom), the ISO 3166-1 code');
    expect(countryCodeHint('EL')).toBe('use GR (Greece), the ISO 3166-1 code');
    expect(countryCodeHint('ee')).toBe('write it in capitals: EE');
  });

  it('names countries from the platform’s data, in the reader’s language', () => {
    expect(countryName('EE')).toBe('Estonia');
    expect(countryName('EU')).toBe('European Union');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
  });
});
