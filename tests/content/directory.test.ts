import { describe, expect, it } from 'vitest';
import { entriesOf, label } from './content.ts';

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
    '%s, taken from the report, uses the corrected project domain and says so in its note',
    (_name, entry) => {
      expect(entry.data.email).toMatch(PROJECT_DOMAIN);
      const note = entry.data.note ?? '';
      expect(note).toMatch(MISSPELT_DOMAIN);
      expect(note).toContain('iprocurenet.eu');
    },
  );
});
