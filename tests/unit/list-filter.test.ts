import { describe, expect, it } from 'vitest';
import { countMessage, facetValues, filterSearch, matchesFilter, readFilterState } from '../../src/lib/list-filter.ts';

const KEYS = ['country', 'area', 'segment', 'model', 'status'];

describe('readFilterState', () => {
  it('reads the facets named by the form from the query string', () => {
    expect(readFilterState('?country=FR&status=ongoing', KEYS)).toEqual({ country: 'FR', status: 'ongoing' });
  });

  it('drops unknown keys and empty values', () => {
    expect(readFilterState('?country=&utm_source=x&area=%20', KEYS)).toEqual({});
  });

  it('decodes encoded values', () => {
    expect(readFilterState('?segment=drones%2Dand-ai', KEYS)).toEqual({ segment: 'drones-and-ai' });
  });

  it('reads an empty query as no filter', () => {
    expect(readFilterState('', KEYS)).toEqual({});
  });
});

describe('filterSearch', () => {
  it('writes chosen facets in the form order, whatever the state order', () => {
    expect(filterSearch({ status: 'ongoing', country: 'FR' }, KEYS)).toBe('?country=FR&status=ongoing');
  });

  it('writes nothing when nothing is chosen, so the address goes back to the plain list', () => {
    expect(filterSearch({ country: '', status: '' }, KEYS)).toBe('');
  });

  it('round-trips through readFilterState', () => {
    const state = { country: 'EE', area: 'crime-terrorism', model: 'lead-buyer' };
    expect(readFilterState(filterSearch(state, KEYS), KEYS)).toEqual(state);
  });
});

describe('matchesFilter', () => {
  const item = { country: facetValues('FR ES'), status: facetValues('completed'), segment: facetValues('') };

  it('matches an item that has the chosen value among several', () => {
    expect(matchesFilter(item, { country: 'ES' })).toBe(true);
  });

  it('needs every chosen facet to match', () => {
    expect(matchesFilter(item, { country: 'ES', status: 'ongoing' })).toBe(false);
  });

  it('matches everything when nothing is chosen', () => {
    expect(matchesFilter(item, {})).toBe(true);
    expect(matchesFilter(item, { country: '' })).toBe(true);
  });

  it('does not match an item without any value for a chosen facet', () => {
    expect(matchesFilter(item, { segment: 'drones' })).toBe(false);
  });

  it('compares whole values, not parts of them', () => {
    expect(matchesFilter({ segment: ['drones-and-in-drone-technology'] }, { segment: 'drones' })).toBe(false);
  });
});

describe('countMessage', () => {
  it('says how many of how many are shown', () => {
    expect(countMessage(3, 12, 'examples')).toBe('Showing 3 of 12 examples');
  });

  it('says all when nothing is hidden', () => {
    expect(countMessage(12, 12, 'examples')).toBe('Showing all 12 examples');
  });
});
