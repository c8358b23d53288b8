import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../src/lib/search-handoff.ts';
import { parseSearchParams } from '../../src/lib/search/params.ts';

const listing = [
  { name: 'country', label: 'Country', options: [{ value: 'EE', label: 'Estonia' }, { value: 'LT', label: 'Lithuania' }] },
  { name: 'model', label: 'Legal model', options: [{ value: 'lead-buyer', label: 'Lead buyer' }] },
];

describe('searchFacets', () => {
  it("renames the listing's filters to the search page's parameters and sends labels as values", () => {
    expect(searchFacets(listing, { country: 'country', model: 'legal' })).toEqual([
      { name: 'country', label: 'Country', options: [{ value: 'Estonia', label: 'Estonia' }, { value: 'Lithuania', label: 'Lithuania' }] },
      { name: 'legal', label: 'Legal model', options: [{ value: 'Lead buyer', label: 'Lead buyer' }] },
    ]);
  });

  it('gives values the search page reads back as its own facet state', () => {
    const [country, legal] = searchFacets(listing, { country: 'country', model: 'legal' });
    const query = new URLSearchParams({ type: 'Example', [country!.name]: country!.options[0]!.value, [legal!.name]: legal!.options[0]!.value });
    expect(parseSearchParams(query).filters).toEqual({ type: ['Example'], country: ['Estonia'], legal: ['Lead buyer'] });
  });

  it('lists a label once even when two codes share it', () => {
    const [facet] = searchFacets([{ name: 'status', label: 'Status', options: [{ value: 'a', label: 'Ongoing' }, { value: 'b', label: 'Ongoing' }] }], { status: 'status' });
    expect(facet?.options).toEqual([{ value: 'Ongoing', label: 'Ongoing' }]);
  });

  it('leaves out a facet with more options than a form should carry, so the listing does not grow with the site', () => {
    const many = { name: 'segment', label: 'Segment', options: Array.from({ length: 61 }, (_, i) => ({ value: `s${i}`, label: `Segment ${i}` })) };
    expect(searchFacets([...listing, many], { country: 'country', model: 'legal', segment: 'segment' }).map((f) => f.name)).toEqual(['country', 'legal']);
    expect(searchFacets([many], { segment: 'segment' }, 61).map((f) => f.name)).toEqual(['segment']);
  });

  it('refuses a filter the search page has no facet for', () => {
    expect(() => searchFacets(listing, { country: 'country' })).toThrow(/model/);
  });
});
