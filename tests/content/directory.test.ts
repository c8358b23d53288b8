import { describe, expect, it } from 'vitest';
import { entriesOf, label } from './content.ts';

/** The nine countries of Table 1 in the October 2023 report. */
const REPORT_COUNTRIES = ['BG', 'CY', 'EE', 'ES', 'FR', 'LT', 'PT', 'RO', 'SK'];

const contacts = entriesOf('contacts');
const ipncs = contacts.filter((entry) => entry.data['role'] === 'ipnc');

/** The contact points taken from the report; contact points added later need not share their wording. */
const fromReport = contacts.filter((entry) => REPORT_COUNTRIES.includes(String(entry.data['country'])));

describe('the directory of national contact points', () => {
  it('holds every country of the report (more may be added)', () => {
    expect(ipncs.map((entry) => entry.data['country'])).toEqual(expect.arrayContaining(REPORT_COUNTRIES));
  });

  it('has one contact point per country', () => {
    const countries = ipncs.map((entry) => entry.data['country']);
    expect(new Set(countries).size).toBe(countries.length);
  });

  it.each(contacts.map((entry) => [label(entry), entry] as const))('%s does not publish the misspelt domain of the report', (_name, entry) => {
    expect(String(entry.data['email']).toLowerCase()).not.toContain('iprocorenet');
  });

  it.each(fromReport.map((entry) => [label(entry), entry] as const))('%s publishes its address on the project domain iprocurenet.eu', (_name, entry) => {
    expect(String(entry.data['email'])).toMatch(/@iprocurenet\.eu$/);
  });

  it.each(fromReport.map((entry) => [label(entry), entry] as const))('%s records the corrected domain and the doubtful list date in its note', (_name, entry) => {
    const note = String(entry.data['note'] ?? '');
    expect(note).toContain('iprocurenet.eu');
    expect(note).toContain('October 2023');
  });
});
