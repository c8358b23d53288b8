import { describe, expect, it } from 'vitest';
import { formatLocation, homeEvents, icsPath, materialKinds, materialPath } from '../../src/lib/events.ts';
import { MATERIAL_KIND_LABELS } from '../../src/lib/labels.ts';
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

describe('what the home page shows of events', () => {
  const ev = (id: string, materials: number) => ({
    id,
    data: { materials: Array.from({ length: materials }, () => ({})) },
  });

  it('shows the programme, soonest first, while events are coming', () => {
    const shown = homeEvents({ upcoming: [ev('next', 0), ev('later', 0)], past: [ev('old', 2)] });
    expect(shown.show).toBe('upcoming');
    expect(shown.events.map((e) => e.id)).toEqual(['next', 'later']);
  });

  it('shows material from the latest past events when nothing is coming', () => {
    const shown = homeEvents({ upcoming: [], past: [ev('a', 0), ev('b', 1), ev('c', 0), ev('d', 2)] });
    expect(shown).toMatchObject({ show: 'material' });
    expect(shown.events.map((e) => e.id)).toEqual(['b', 'd']);
  });

  it('falls back to the latest past events, at most the limit, when none left material', () => {
    const shown = homeEvents({ upcoming: [], past: [ev('a', 0), ev('b', 0), ev('c', 0), ev('d', 0)] }, 3);
    expect(shown).toMatchObject({ show: 'recent' });
    expect(shown.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('links a material to its own address or to the guide section it names', () => {
    expect(materialPath({ url: 'https://example.org/slides.pdf' })).toBe('https://example.org/slides.pdf');
    expect(materialPath({ ref: 'identify-joint-needs#purpose' })).toBe('/toolbox/identify-joint-needs/#purpose');
    expect(materialPath({ ref: 'identify-joint-needs' })).toBe('/toolbox/identify-joint-needs/');
  });

  it('names each kind of material an event left once, for a listing', () => {
    const materials = [{ kind: 'slides' }, { kind: 'recording' }, { kind: 'slides' }];
    expect(materialKinds(materials, MATERIAL_KIND_LABELS)).toBe('Slides, Recording');
    expect(materialKinds([], MATERIAL_KIND_LABELS)).toBe('');
  });
});
