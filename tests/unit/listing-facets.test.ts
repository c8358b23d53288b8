import { describe, expect, it } from 'vitest';
import { facetOptions, listFacets, listItemAttributes } from '../../src/lib/search/listing-facets.ts';
import { FACETS } from '../../src/lib/search/facet-list.ts';
import { exampleData, guideData } from '../support/entry-data.ts';
import { INSTRUMENT_LABELS, PHASE_LABELS } from '../../src/lib/labels.ts';
import { INSTRUMENTS, PHASES } from '../../src/schemas/guides.ts';

describe('facetOptions', () => {
  it('lists each value once, sorted by its label', () => {
    expect(facetOptions(['FR', 'EE', 'FR'], (c) => ({ FR: 'France', EE: 'Estonia' })[c] ?? c)).toEqual([
      { value: 'EE', label: 'Estonia' },
      { value: 'FR', label: 'France' },
    ]);
  });
});

describe('listFacets', () => {
  const examples = [
    exampleData({ countries: ['FR', 'ES'], legalModel: 'lead-buyer', segments: ['drones'] }),
    exampleData({ countries: ['EE', 'FR'], legalModel: 'framework-agreement', segments: [] }),
  ];

  it('offers the values the entries have, labelled as the search labels them and sorted by label', () => {
    const [country] = listFacets('examples', examples, ['country']);
    expect(country).toEqual({
      key: 'country',
      name: 'country',
      label: 'Country',
      options: [
        { value: 'EE', label: 'Estonia' },
        { value: 'FR', label: 'France' },
        { value: 'ES', label: 'Spain' },
      ],
    });
  });

  it('keeps the facets in the order the listing asks for, each under its listing parameter', () => {
    expect(listFacets('examples', examples, ['legal', 'country']).map((f) => [f.key, f.name])).toEqual([
      ['legal', 'model'],
      ['country', 'country'],
    ]);
  });

  it('labels segments by their titles when it knows them, else by slug', () => {
    const [segment] = listFacets('examples', examples, ['segment'], {
      segmentTitles: new Map([['drones', 'Drones and in-drone technology']]),
    });
    expect(segment?.options).toEqual([{ value: 'drones', label: 'Drones and in-drone technology' }]);
    expect(listFacets('examples', examples, ['segment'])[0]?.options).toEqual([{ value: 'drones', label: 'drones' }]);
  });

  it('leaves out a facet none of the entries has, or one the collection does not have', () => {
    expect(
      listFacets('examples', [exampleData({ segments: [] })], ['segment', 'instrument', 'status']).map((f) => f.key),
    ).toEqual(['status']);
  });

  it('lists the values of a facet with a declared order in that order, not by label', () => {
    const guides = [guideData({ instruments: ['community', 'pcp'] }), guideData({ instruments: ['jcbpp'] })];
    expect(listFacets('guides', guides, ['instrument'])[0]?.options.map((o) => o.value)).toEqual([
      'jcbpp',
      'pcp',
      'community',
    ]);
  });
});

describe('listItemAttributes', () => {
  it('gives each facet a data attribute under its listing parameter, values separated by spaces', () => {
    const data = exampleData({
      countries: ['FR', 'ES'],
      securityArea: 'crime-terrorism',
      segments: ['drones', 'ai'],
      legalModel: 'lead-buyer',
      status: 'ongoing',
    });
    expect(listItemAttributes('examples', data, ['country', 'area', 'segment', 'legal', 'status'])).toEqual({
      'data-country': 'FR ES',
      'data-area': 'crime-terrorism',
      'data-segment': 'drones ai',
      'data-model': 'lead-buyer',
      'data-status': 'ongoing',
    });
  });

  it('gives an empty attribute where the entry has no value, so the filter hides it for any chosen value', () => {
    expect(listItemAttributes('examples', exampleData({ segments: [] }), ['segment'])).toEqual({ 'data-segment': '' });
  });
});

describe('the facet declarations', () => {
  it('give each facet a distinct key and a distinct listing parameter', () => {
    expect(new Set(FACETS.map((f) => f.key)).size).toBe(FACETS.length);
    const params = FACETS.map((f) => ('listParam' in f ? f.listParam : f.key));
    expect(new Set(params).size).toBe(params.length);
  });
});

describe('the declared orders', () => {
  it('follow the schema: the label tables list instruments and phases in the order the schemas do', () => {
    expect(Object.keys(INSTRUMENT_LABELS)).toEqual([...INSTRUMENTS]);
    expect(Object.keys(PHASE_LABELS)).toEqual([...PHASES]);
  });
});
