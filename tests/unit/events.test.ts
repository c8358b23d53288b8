import { describe, expect, it } from 'vitest';
import { formatLocation, icsPath } from '../../src/lib/events.ts';
import { event } from '../../src/lib/jsonld.ts';
import { eventToIcs } from '../../src/lib/ics.ts';

describe('where an event took place', () => {
  it('reads as venue, city and country name', () => {
    expect(formatLocation({ city: 'Brussels', country: 'BE' })).toBe('Brussels, Belgium');
    expect(formatLocation({ city: 'Paris', country: 'FR', venue: 'Milipol' })).toBe('Milipol, Paris, France');
  });

  it('gives the country alone when no source names the city', () => {
    expect(formatLocation({ country: 'CY' })).toBe('Cyprus');
  });

  it('gives no place when no source says where, so pages leave it out instead of guessing', () => {
    expect(formatLocation(undefined)).toBeUndefined();
    expect(formatLocation({ online: true })).toBe('Online');
  });

  it('publishes the calendar file beside the event page', () => {
    expect(icsPath('final-conference-paris-2024')).toBe('/events/final-conference-paris-2024.ics');
  });

  it('leaves the place out of structured data and the calendar file when it is not known', () => {
    const data = event({ title: 'RISE-SD', description: 'D', url: 'https://x.org/events/r/', start: '2023-05-31' });
    expect(data).not.toHaveProperty('location');
    expect(data).not.toHaveProperty('eventAttendanceMode');
    const ics = eventToIcs({
      uid: 'u',
      title: 'RISE-SD',
      description: 'D',
      url: 'https://x.org/',
      start: '2023-05-31',
      stamp: new Date('2026-11-25T00:00:00Z'),
    });
    expect(ics).not.toContain('LOCATION:');
  });

  it('describes a place known only by its country, named after the country (Google recommends a name)', () => {
    const data = event({ title: 'GA', description: 'D', url: 'u', start: '2023-09-12', location: { country: 'CY' } });
    expect(data['location']).toEqual({
      '@type': 'Place',
      name: 'Cyprus',
      address: { '@type': 'PostalAddress', addressCountry: 'CY' },
    });
  });
});
