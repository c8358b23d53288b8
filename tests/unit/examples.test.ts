import { describe, expect, it } from 'vitest';
import { exampleFacets, facetOptions, formatPeriod, formatValue } from '../../src/lib/examples.ts';

describe('formatPeriod', () => {
  it('writes one year once', () => {
    expect(formatPeriod({ start: 2013, end: 2013 })).toBe('2013');
  });

  it('writes a range with an en dash', () => {
    expect(formatPeriod({ start: 2012, end: 2016 })).toBe('2012–2016');
  });

  it('writes an open period of an ongoing case as onwards', () => {
    expect(formatPeriod({ start: 2023 }, 'ongoing')).toBe('2023 onwards');
  });

  it('writes only the start of a completed case without an end year', () => {
    expect(formatPeriod({ start: 2019 }, 'completed')).toBe('2019');
  });
});

describe('formatValue', () => {
  it('writes an amount in its currency without decimals', () => {
    expect(formatValue({ amount: 73_000_000, currency: 'EUR' })).toBe('€73,000,000');
  });
});

describe('exampleFacets', () => {
  it('gives each filter field a space-separated value list', () => {
    expect(exampleFacets({ countries: ['FR', 'ES'], securityArea: 'crime-terrorism', segments: ['drones', 'ai'], legalModel: 'lead-buyer', status: 'ongoing' })).toEqual({
      country: 'FR ES',
      area: 'crime-terrorism',
      segment: 'drones ai',
      model: 'lead-buyer',
      status: 'ongoing',
    });
  });
});

describe('facetOptions', () => {
  it('lists each value once, sorted by its label', () => {
    expect(facetOptions(['FR', 'EE', 'FR'], (c) => ({ FR: 'France', EE: 'Estonia' })[c] ?? c)).toEqual([
      { value: 'EE', label: 'Estonia' },
      { value: 'FR', label: 'France' },
    ]);
  });
});
