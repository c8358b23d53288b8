/**
 * Entry data for unit tests, as the validator outputs it: a minimal valid
 * entry of each collection, changed by the fields a test is about, parsed
 * with the collection's own schema so defaults are filled in and a test can
 * never hold data the site would refuse.
 */
import { collections, type EntryData } from '../../src/schemas/index.ts';

const SOURCE = [{ title: 'Key findings – October 2023', url: 'https://www.iprocurenet.eu/' }];
const SUMMARY = 'A summary long enough for the schema, written in plain text for a unit test.';

export function guideData(fields: Partial<EntryData<'guides'>> = {}): EntryData<'guides'> {
  return collections.guides.schema.parse({
    title: 'A guide',
    summary: SUMMARY,
    phase: 'prepare',
    instruments: ['jcbpp'],
    lastReviewed: '2024-01-01',
    owner: 'Team',
    sources: SOURCE,
    ...fields,
  });
}

export function exampleData(fields: Partial<EntryData<'examples'>> = {}): EntryData<'examples'> {
  return collections.examples.schema.parse({
    title: 'An example',
    summary: SUMMARY,
    status: 'completed',
    period: { start: 2020 },
    countries: ['FR', 'ES'],
    subject: 'Radios',
    securityArea: 'public-safety',
    legalModel: 'lead-buyer',
    sources: SOURCE,
    ...fields,
  });
}

export function segmentData(fields: Partial<EntryData<'segments'>> = {}): EntryData<'segments'> {
  return collections.segments.schema.parse({
    title: 'A segment',
    summary: SUMMARY,
    securityArea: 'public-safety',
    cycles: [{ cycle: 3, promising: true }],
    sources: SOURCE,
    ...fields,
  });
}

export function eventData(fields: Partial<EntryData<'events'>> = {}): EntryData<'events'> {
  return collections.events.schema.parse({
    title: 'An event',
    summary: SUMMARY,
    kind: 'webinar',
    start: '2024-02',
    sources: SOURCE,
    ...fields,
  });
}

export function contactData(fields: Partial<EntryData<'contacts'>> = {}): EntryData<'contacts'> {
  return collections.contacts.schema.parse({
    role: 'ipnc',
    country: 'EE',
    name: 'A name',
    organisation: 'An organisation',
    email: 'a@iprocurenet.eu',
    asOf: '2023-10',
    sources: SOURCE,
    ...fields,
  });
}

export function glossaryData(fields: Partial<EntryData<'glossary'>> = {}): EntryData<'glossary'> {
  return collections.glossary.schema.parse({
    id: 'term',
    term: 'Term',
    definition: 'A definition long enough.',
    ...fields,
  });
}
