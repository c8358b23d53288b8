import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarToIcs, escapeText, eventToIcs, foldLine, hasCalendarDates } from '../../src/lib/ics.ts';

const base = {
  uid: 'https://example.org/events/forum/',
  title: 'Forum, workshop; and more',
  description: 'A forum on buying together.',
  url: 'https://example.org/events/forum/',
  location: 'Nicosia, Cyprus',
  stamp: new Date('2023-10-01T00:00:00Z'),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('eventToIcs', () => {
  it('writes a calendar that parses back with its title, place and address', () => {
    const { event } = parse(eventToIcs({ ...base, start: '2023-09-12' }));
    expect(event.summary).toBe('Forum, workshop; and more');
    expect(event.location).toBe('Nicosia, Cyprus');
    expect(event.uid).toBe(base.uid);
    expect(event.description).toContain('https://example.org/events/forum/');
  });

  it('writes a day as an all-day event ending the next day', () => {
    const { event } = parse(eventToIcs({ ...base, start: '2023-09-12' }));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2023-09-12');
    expect(event.endDate.toString()).toBe('2023-09-13');
  });

  it('writes a two-day event ending the day after its last day, as the standard wants', () => {
    const { event } = parse(eventToIcs({ ...base, start: '2023-09-12', end: '2023-09-13' }));
    expect(event.endDate.toString()).toBe('2023-09-14');
  });

  it('never writes an event known only to the month as a month-long block', () => {
    for (const times of [{ start: '2024-02' }, { start: '2024-02-05', end: '2024-03' }]) {
      const ics = eventToIcs({ ...base, ...times });
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
      expect(ics).not.toMatch(/DTSTART/);
    }
  });

  it('tells which events a calendar can show: those known at least to the day', () => {
    expect(hasCalendarDates({ start: '2023-09-12' })).toBe(true);
    expect(hasCalendarDates({ start: '2023-09-12', end: '2023-09-13' })).toBe(true);
    expect(hasCalendarDates({ start: '2021-03-09T09:30+01:00' })).toBe(true);
    expect(hasCalendarDates({ start: '2024-03' })).toBe(false);
    expect(hasCalendarDates({ start: '2024-02-28', end: '2024-03' })).toBe(false);
  });

  it('writes a moment with an offset as the same instant in UTC', () => {
    const { event } = parse(eventToIcs({ ...base, start: '2021-03-09T09:30+01:00', end: '2021-03-09T11:00+01:00' }));
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().toISOString()).toBe('2021-03-09T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2021-03-09T10:00:00.000Z');
  });

  it('carries the required VERSION, PRODID and DTSTAMP', () => {
    const { calendar, vevent } = parse(eventToIcs({ ...base, start: '2023-09-12' }));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('iProcureNet');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2023-10-01T00:00:00Z');
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    const ics = eventToIcs({ ...base, description: 'Å'.repeat(200), start: '2023-09-12' });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x');
  });

  it('never splits a multi-byte character', () => {
    const folded = foldLine(`DESCRIPTION:${'€'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'€'.repeat(60)}`);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('line injection', () => {
  /** Every physical line of the file, split the way the most lenient reader splits: on CR, LF or a Unicode line break. */
  const physicalLines = (text: string) => text.split(/\r\n|[\r\n\u0085\u2028\u2029]/);

  it.each([
    ['a bare carriage return', 'Forum\rATTENDEE:mailto:evil@example.org'],
    ['a line feed', 'Forum\nATTENDEE:mailto:evil@example.org'],
    ['CRLF', 'Forum\r\nATTENDEE:mailto:evil@example.org'],
    ['a Unicode line separator', 'Forum\u2028ATTENDEE:mailto:evil@example.org'],
    ['a next-line character', 'Forum\u0085ATTENDEE:mailto:evil@example.org'],
  ])('keeps a title with %s on its own line, so no property can be injected', (_name, title) => {
    const ics = eventToIcs({ ...base, title, location: title, description: title, start: '2023-09-12' });
    expect(physicalLines(ics).filter((line) => line.startsWith('ATTENDEE'))).toEqual([]);
    expect(parse(ics).vevent.getAllProperties('attendee')).toEqual([]);
    expect(parse(ics).event.summary).toBe('Forum\nATTENDEE:mailto:evil@example.org');
  });

  it('drops other control characters, which a content line may not hold', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\tf')).toBe('abcde\tf');
  });
});

describe('calendarToIcs', () => {
  it('holds every event with known days, each with its own UID, in one named calendar, and leaves month-only ones out', () => {
    const events = [
      { ...base, uid: 'https://example.org/events/a/', start: '2023-09-12' },
      { ...base, uid: 'https://example.org/events/b/', start: '2024-03', location: undefined },
      { ...base, uid: 'https://example.org/events/c/', start: '2021-03-09T10:00:00+01:00' },
    ];
    const ics = calendarToIcs(events, { name: 'All events', description: 'Every event.' });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'https://example.org/events/a/',
      'https://example.org/events/c/',
    ]);
    expect(calendar.getFirstPropertyValue('name')).toBe('All events');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('All events');
    expect(ics.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('writes a valid empty calendar when there are no events', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarToIcs([], { name: 'N', description: 'D' })));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});
