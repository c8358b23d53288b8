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
