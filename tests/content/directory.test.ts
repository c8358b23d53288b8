import { describe, expect, it } from 'vitest';
import { entriesOf, label } from './content.ts';
import { confirmedAfterSources } from './editorial.ts';

/** The nine countries of Table 1 in the October 2023 report. The directory must keep them; contributors may add more. */
const REPORT_COUNTRIES = ['BG', 'CY', 'EE', 'ES', 'FR', 'LT', 'PT', 'RO', 'SK'];
/** The project's domain, and the misspelling the report's annex prints for it. */
const PROJECT_DOMAIN = /@iprocurenet\.eu$/i;
const MISSPELT_DOMAIN = /iprocorenet/i;

const contacts = entriesOf('contacts');
const ipncs = contacts.filter((entry) => entry.data.role === 'ipnc');
const fromReport = (entry: (typeof contacts)[number]) =>
  entry.data.sources.some((source) => /key findings.*october 2023/i.test(source.title));

describe('the directory of national contact points', () => {
  it('keeps a contact point for each country of the report, and allows others', () => {
    expect(ipncs.map((entry) => entry.data.country)).toEqual(expect.arrayContaining(REPORT_COUNTRIES));
  });

  it('has one contact point per country', () => {
    const countries = ipncs.map((entry) => entry.data.country);
    expect(new Set(countries).size).toBe(countries.length);
  });

  it.each(contacts.map((entry) => [label(entry), entry] as const))('%s never publishes the misspelt project domain', (_name, entry) => {
    expect(entry.data.email).not.toMatch(MISSPELT_DOMAIN);
  });

  it.each(contacts.filter(fromReport).map((entry) => [label(entry), entry] as const))(
    '%s, taken from the report, uses the corrected project domain and never repeats the misspelling to readers',
    (_name, entry) => {
      expect(entry.data.email).toMatch(PROJECT_DOMAIN);
      expect(entry.data.note ?? '').not.toMatch(MISSPELT_DOMAIN);
    },
  );

  it.each(contacts.map((entry) => [label(entry), entry] as const))(
    '%s was not confirmed later than its newest source was published',
    (_name, entry) => {
      expect(confirmedAfterSources(entry.data), `${entry.file}: set asOf to the date the entry was last confirmed`).toBe(false);
    },
  );
});

describe('the confirmation date rule', () => {
  it('flags an entry said to be confirmed after every source that lists it', () => {
    expect(confirmedAfterSources({ asOf: '2024-12', sources: [{ date: '2023-10' }] })).toBe(true);
  });

  it('accepts a date on or before the newest dated source, compared at the coarser precision', () => {
    expect(confirmedAfterSources({ asOf: '2023-10', sources: [{ date: '2023-10' }] })).toBe(false);
    expect(confirmedAfterSources({ asOf: '2023-10-15', sources: [{ date: '2023-10' }] })).toBe(false);
    expect(confirmedAfterSources({ asOf: '2023', sources: [{ date: '2022-01' }, { date: '2023-05-02' }] })).toBe(false);
  });

  it('cannot judge an entry whose sources carry no date', () => {
    expect(confirmedAfterSources({ asOf: '2030-01', sources: [{}] })).toBe(false);
  });
});
