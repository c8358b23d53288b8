import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { contactToVcard, escapeComponent, escapeValue } from '../../src/lib/vcard.ts';

const contact = {
  name: 'Merike Klement',
  organisation: 'Estonian Police and Border Guard Board (PPA)',
  email: 'estonia@iprocurenet.eu',
  title: 'iProcureNet national contact point for Estonia',
  countryName: 'Estonia',
  url: 'https://example.org/directory/#ee',
  asOf: '2024-12',
};

describe('contactToVcard', () => {
  it('writes a vCard 4.0 that parses back with name, organisation and e-mail', () => {
    const card = new ICAL.Component(ICAL.parse(contactToVcard(contact)));
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe('Merike Klement');
    expect(String(card.getFirstPropertyValue('org'))).toContain('Estonian Police and Border Guard Board');
    expect(card.getFirstPropertyValue('email')).toBe('estonia@iprocurenet.eu');
    expect(card.getFirstPropertyValue('url')).toBe('https://example.org/directory/#ee');
  });

  it('keeps commas and semicolons in names intact through a round trip', () => {
    const card = new ICAL.Component(ICAL.parse(contactToVcard({ ...contact, name: 'Doe, Jane; Jr' })));
    expect(card.getFirstPropertyValue('fn')).toBe('Doe, Jane; Jr');
  });

  it('leaves the note out when the entry has no confirmation date', () => {
    expect(contactToVcard({ ...contact, asOf: undefined })).not.toContain('NOTE:');
  });

  it('uses CRLF line ends', () => {
    expect(contactToVcard(contact).split('\r\n')[0]).toBe('BEGIN:VCARD');
    expect(contactToVcard(contact).replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('escapeValue', () => {
  it('escapes backslash, comma and newline in a single value', () => {
    expect(escapeValue('a\\b,c;d\ne')).toBe('a\\\\b\\,c;d\\ne');
  });
});

describe('escapeComponent', () => {
  it('also escapes the semicolon that separates components of ORG and ADR', () => {
    expect(escapeComponent('a;b,c')).toBe('a\\;b\\,c');
  });
});

it('keeps a semicolon inside the organisation name one component', () => {
  const card = new ICAL.Component(ICAL.parse(contactToVcard({ ...contact, organisation: 'Ministry; Police' })));
  expect(card.getFirstPropertyValue('org')).toBe('Ministry; Police');
});

describe('line injection', () => {
  it.each([
    ['a bare carriage return', 'Merike\rEMAIL:evil@example.org'],
    ['a line feed', 'Merike\nEMAIL:evil@example.org'],
    ['a Unicode line separator', 'Merike\u2028EMAIL:evil@example.org'],
  ])('keeps a name with %s on its own line, so no second e-mail address can be injected', (_name, name) => {
    const vcf = contactToVcard({ ...contact, name, organisation: name, title: name });
    expect(vcf.split(/\r\n|[\r\n\u2028\u2029]/).filter((line) => line.startsWith('EMAIL'))).toHaveLength(1);
    const card = new ICAL.Component(ICAL.parse(vcf));
    expect(card.getAllProperties('email')).toHaveLength(1);
    expect(card.getFirstPropertyValue('fn')).toBe('Merike\nEMAIL:evil@example.org');
  });

  it('escapes a bare carriage return in a value instead of writing it', () => {
    expect(escapeValue('a\rb')).toBe('a\\nb');
    expect(escapeComponent('a\r\nb;c')).toBe('a\\nb\\;c');
  });
});
