import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../src/lib/search/handoff.ts';
import { listFacets, type ListFacet } from '../../src/lib/search/listing-facets.ts';
import { parseSearchParams } from '../../src/lib/search/params.ts';
import { exampleData } from '../support/entry-data.ts';

const listing = listFacets(
  'examples',
  [exampleData({ countries: ['EE', 'LT'], legalModel: 'lead-buyer' })],
  ['country', 'legal'],
);

describe('searchFacets', () => {
  it("sends the listing's filters under the search page's parameters, with labels as values", () => {
    expect(searchFacets(listing)).toEqual([
      {
        name: 'country',
        label: 'Country',
        options: [
          { value: 'Estonia', label: 'Estonia' },
          { value: 'Lithuania', label: 'Lithuania' },
        ],
      },
      { name: 'legal', label: 'Legal model', options: [{ value: 'Lead buyer', label: 'Lead buyer' }] },
    ]);
  });

  it('gives values the search page reads back as its own facet state', () => {
    const [country, legal] = searchFacets(listing);
    const query = new URLSearchParams({
      type: 'Example',
      [country!.name]: country!.options[0]!.value,
      [legal!.name]: legal!.options[0]!.value,
    });
    expect(parseSearchParams(query).filters).toEqual({
      type: ['Example'],
      country: ['Estonia'],
      legal: ['Lead buyer'],
    });
  });

  it('lists a label once even when two codes share it', () => {
    const status: ListFacet = {
      key: 'status',
      name: 'status',
      label: 'Status',
      options: [
        { value: 'a', label: 'Ongoing' },
        { value: 'b', label: 'Ongoing' },
      ],
    };
    expect(searchFacets([status])[0]?.options).toEqual([{ value: 'Ongoing', label: 'Ongoing' }]);
  });

  it('leaves out a facet with more options than a form should carry, so the listing does not grow with the site', () => {
    const many: ListFacet = {
      key: 'segment',
      name: 'segment',
      label: 'Segment',
      options: Array.from({ length: 61 }, (_, i) => ({ value: `s${i}`, label: `Segment ${i}` })),
    };
    expect(searchFacets([...listing, many]).map((f) => f.name)).toEqual(['country', 'legal']);
    expect(searchFacets([many], 61).map((f) => f.name)).toEqual(['segment']);
  });
});
