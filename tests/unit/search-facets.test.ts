import { describe, expect, it } from 'vitest';
import { searchRecord, yearsBetween } from '../../src/lib/search/facets.ts';
import { eventData, exampleData, glossaryData, guideData, segmentData } from '../support/entry-data.ts';

const summary = 'Estonian and Lithuanian border guards bought surveillance drones together through a lead buyer.';

describe('search facets and metadata of an entry', () => {
  it('gives an example its countries by name, segments by title, legal model, status and every year it ran', () => {
    const record = searchRecord(
      {
        collection: 'examples',
        data: exampleData({
          title: 'Baltic drones',
          summary,
          status: 'completed',
          period: { start: 2019, end: 2021 },
          countries: ['EE', 'LT'],
          securityArea: 'border-external-security',
          segments: ['drones'],
          legalModel: 'lead-buyer',
        }),
      },
      { segmentTitles: new Map([['drones', 'Drones and in-drone technology']]) },
    );
    expect(record.filters).toEqual({
      type: ['Example'],
      area: ['Border and external security'],
      country: ['Estonia', 'Lithuania'],
      segment: ['Drones and in-drone technology'],
      legal: ['Lead buyer'],
      status: ['Completed'],
      year: ['2019', '2020', '2021'],
    });
    expect(record.meta).toEqual({ type: 'Example', summary, date: '2019–2021' });
    expect(record.sort).toEqual({ date: '2021' });
  });

  it('runs an ongoing example without an end up to the current year', () => {
    const record = searchRecord(
      { collection: 'examples', data: exampleData({ status: 'ongoing', period: { start: 2023 } }) },
      { currentYear: 2025 },
    );
    expect(record.filters.year).toEqual(['2023', '2024', '2025']);
    expect(record.meta['date']).toBe('2023–');
  });

  it('gives a finished one-year example that single year', () => {
    const record = searchRecord({
      collection: 'examples',
      data: exampleData({ status: 'completed', period: { start: 2020 } }),
    });
    expect(record.filters.year).toEqual(['2020']);
    expect(record.meta['date']).toBe('2020');
  });

  it('names a Union-level example’s country "European Union"', () => {
    expect(searchRecord({ collection: 'examples', data: exampleData({ countries: ['EU'] }) }).filters.country).toEqual([
      'European Union',
    ]);
  });

  it('falls back to the slug for a segment whose title is unknown', () => {
    expect(
      searchRecord({ collection: 'examples', data: exampleData({ segments: ['unknown-segment'] }) }).filters.segment,
    ).toEqual(['unknown-segment']);
  });

  it('gives a guide its phase and instruments, and its title as topic', () => {
    const record = searchRecord({
      collection: 'guides',
      data: guideData({ title: 'Pre-commercial procurement', summary, phase: 'tender', instruments: ['pcp', 'jcbpp'] }),
    });
    expect(record.filters).toEqual({
      type: ['Guide'],
      phase: ['Tender'],
      instrument: ['Pre-commercial procurement', 'Joint cross-border procurement'],
    });
    expect(record.meta['topic']).toBe('Pre-commercial procurement');
    expect(record.sort).toEqual({});
  });

  it('gives a segment its own title as segment facet and its interested countries', () => {
    const record = searchRecord({
      collection: 'segments',
      data: segmentData({ title: 'Drones', securityArea: 'public-safety', interestedCountries: ['EE'] }),
    });
    expect(record.filters).toEqual({
      type: ['Segment'],
      area: ['Public safety'],
      segment: ['Drones'],
      country: ['Estonia'],
    });
  });

  it('dates an event by its start day, even when the start has a time', () => {
    const record = searchRecord({
      collection: 'events',
      data: eventData({ start: '2021-03-09T09:30+01:00', location: { city: 'Paris', country: 'FR' } }),
    });
    expect(record.filters).toEqual({ type: ['Event'], country: ['France'], year: ['2021'] });
    expect(record.meta['date']).toBe('9 March 2021');
    expect(record.sort).toEqual({ date: '2021-03-09' });
  });

  it('writes a month-only event date as a month, as event pages do', () => {
    expect(
      searchRecord({ collection: 'events', data: eventData({ start: '2024-02', location: { online: true } }) }).meta[
        'date'
      ],
    ).toBe('February 2024');
  });

  it('gives an online event no country', () => {
    expect(
      searchRecord({ collection: 'events', data: eventData({ start: '2024-02', location: { online: true } }) }).filters
        .country,
    ).toBeUndefined();
  });

  it('uses a glossary term’s definition as its summary and the term as topic', () => {
    const record = searchRecord({
      collection: 'glossary',
      data: glossaryData({ id: 'pcp', term: 'PCP', definition: 'Buying research and development.' }),
    });
    expect(record.meta).toEqual({ type: 'Glossary term', summary: 'Buying research and development.', topic: 'PCP' });
  });

  it('counts years inclusively', () => {
    expect(yearsBetween(2020, 2020)).toEqual(['2020']);
    expect(yearsBetween(2021, 2020)).toEqual([]);
  });
});
