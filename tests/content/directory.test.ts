import { describe, expect, it } from 'vitest';
import { entriesOf, label } from './content.ts';

/** The nine countries of Table 1 in the October 2023 report. */
const REPORT_COUNTRIES = ['BG', 'CY', 'EE', 'ES', 'FR', 'LT', 'PT', 'RO', 'SK'];

const contacts = entriesOf('contacts');
const ipncs = contacts.filter((entry) => entry.data['role'] === 'ipnc');

describe('the directory of national contact points', () => {
  it('holds exactly the nine countries of the report', () => {
    expect(ipncs.map((entry) => entry.data['country']).sort()).toEqual(REPORT_COUNTRIES);
  });

  it('has one contact point per country', () => {
    const countries = ipncs.map((entry) => entry.data['country']);
    expect(new Set(countries).size).toBe(countries.length);
  });

  it.each(contacts.map((entry) => [label(entry), entry] as const))('%s publishes an address on the project domain iprocurenet.eu', (_name, entry) => {
    const email = String(entry.data['email']);
    expect(email).toMatch(/@iprocurenet\.eu$/);
    expect(email.toLowerCase()).not.toContain('iprocorenet');
  });

  it.each(contacts.map((entry) => [label(entry), entry] as const))('%s records the corrected domain and the doubtful list date in its note', (_name, entry) => {
    const note = String(entry.data['note'] ?? '');
    expect(note).toContain('iprocurenet.eu');
    expect(note).toContain('October 2023');
  });
});
