import { describe, expect, it } from 'vitest';
import { contactRecord, glossaryRecord } from '../../src/lib/search/records.ts';
import { contactData, glossaryData } from '../support/entry-data.ts';

const contact = contactData({
  role: 'ipnc',
  country: 'EE',
  name: 'Merike Klement',
  organisation: 'Estonian Police and Border Guard Board (PPA)',
  email: 'estonia@iprocurenet.eu',
});

describe('search records for contact points and glossary terms', () => {
  it('links a contact point to its row in the directory and files it under its country', () => {
    const record = contactRecord(contact, 'ee');
    expect(record.url).toBe('/directory/#ee');
    expect(record.filters).toEqual({ type: ['Contact point'], country: ['Estonia'] });
    expect(record.meta).toMatchObject({
      title: 'Estonia: national contact point',
      summary: 'Merike Klement, Estonian Police and Border Guard Board (PPA)',
      type: 'Contact point',
      topic: 'Estonia',
    });
  });

  it('makes a contact point findable by country name, role, person and address', () => {
    const { content } = contactRecord(contact, 'ee');
    for (const words of ['Estonia', 'national contact point', 'IPNC', 'Merike Klement', 'estonia@iprocurenet.eu'])
      expect(content).toContain(words);
  });

  it('names a topical group leader’s topic', () => {
    const record = contactRecord(contactData({ ...contact, role: 'tgl', topic: 'Drones' }), undefined);
    expect(record.meta['title']).toBe('Estonia: topical group leader, Drones');
    expect(record.content).toContain('Topic: Drones.');
  });

  it('links to the directory itself when the row has no anchor', () => {
    expect(contactRecord(contact, undefined).url).toBe('/directory/');
  });

  it('links a glossary term to its entry, titled with its expansion', () => {
    const record = glossaryRecord(
      glossaryData({
        id: 'pcp',
        term: 'PCP',
        expansion: 'Pre-Commercial Procurement',
        definition: 'Buying research and development in phases.',
      }),
      'pcp',
    );
    expect(record.url).toBe('/glossary/#pcp');
    expect(record.meta).toMatchObject({
      title: 'PCP: Pre-Commercial Procurement',
      type: 'Glossary term',
      topic: 'PCP',
      about: 'PCP',
    });
    expect(record.content).toBe('PCP: Pre-Commercial Procurement. Buying research and development in phases.');
    expect(record.filters).toEqual({ type: ['Glossary term'] });
  });

  it('titles a term without expansion by the term alone', () => {
    expect(
      glossaryRecord(
        glossaryData({ id: 'toolbox', term: 'Toolbox', definition: 'The collection of guides.' }),
        'toolbox',
      ).meta['title'],
    ).toBe('Toolbox');
  });
});
