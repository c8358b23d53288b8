import { describe, expect, it } from 'vitest';
import {
  eventRangeParts,
  formatEventRange,
  formatEventTime,
  isUpcoming,
  parseEventTime,
  splitByDate,
} from '../../src/lib/event-time.ts';

describe('parseEventTime', () => {
  it('reads a month as the whole month', () => {
    const time = parseEventTime('2024-02');
    expect([time.precision, time.start.toISOString(), time.after.toISOString()]).toEqual([
      'month',
      '2024-02-01T00:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
    ]);
  });

  it('reads December as ending at the start of the next year', () => {
    expect(parseEventTime('2023-12').after.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('reads a day as the whole day', () => {
    const time = parseEventTime('2023-09-12');
    expect([time.precision, time.after.toISOString()]).toEqual(['day', '2023-09-13T00:00:00.000Z']);
  });

  it('reads a moment with its offset as the instant in UTC', () => {
    const time = parseEventTime('2021-03-09T09:30+01:00');
    expect([time.precision, time.start.toISOString()]).toEqual(['moment', '2021-03-09T08:30:00.000Z']);
  });

  it('refuses text that is no time', () => {
    expect(() => parseEventTime('soon')).toThrow(/soon/);
  });
});

describe('formatEventTime', () => {
  it('writes a month as month and year', () => {
    expect(formatEventTime('2024-02')).toBe('February 2024');
  });

  it('writes a day in full', () => {
    expect(formatEventTime('2023-09-12')).toBe('12 September 2023');
  });

  it('keeps a moment in the event’s own time zone and says which', () => {
    expect(formatEventTime('2021-03-09T09:30+01:00')).toBe('9 March 2021, 09:30 (UTC+01:00)');
  });

  it('writes Z as UTC+00:00', () => {
    expect(formatEventTime('2021-03-09T09:30Z')).toBe('9 March 2021, 09:30 (UTC+00:00)');
  });
});

describe('formatEventRange', () => {
  it('writes the month and year of a two-day event once', () => {
    expect(formatEventRange('2023-09-12', '2023-09-13')).toBe('12 to 13 September 2023');
  });

  it('writes the year once for days in different months of one year', () => {
    expect(formatEventRange('2023-09-30', '2023-10-02')).toBe('30 September to 2 October 2023');
  });

  it('writes both dates in full across a new year', () => {
    expect(formatEventRange('2023-12-31', '2024-01-01')).toBe('31 December 2023 to 1 January 2024');
  });

  it('marks each end with its ISO text for machines', () => {
    expect(
      eventRangeParts('2023-09-12', '2023-09-13')
        .filter((p) => p.datetime)
        .map((p) => p.datetime),
    ).toEqual(['2023-09-12', '2023-09-13']);
  });

  it('writes only the end time for a moment ending the same day', () => {
    expect(formatEventRange('2021-03-09T09:30+01:00', '2021-03-09T11:00+01:00')).toBe(
      '9 March 2021, 09:30 (UTC+01:00) to 11:00',
    );
  });

  it('writes a single time when there is no end', () => {
    expect(formatEventRange('2024-02', undefined)).toBe('February 2024');
  });
});

describe('isUpcoming', () => {
  const now = new Date('2024-02-15T12:00:00Z');

  it('keeps a month-precision event upcoming until its month is over', () => {
    expect(isUpcoming({ start: '2024-02' }, now)).toBe(true);
    expect(isUpcoming({ start: '2024-01' }, now)).toBe(false);
  });

  it('keeps a day event upcoming through that day', () => {
    expect(isUpcoming({ start: '2024-02-15' }, now)).toBe(true);
    expect(isUpcoming({ start: '2024-02-14' }, now)).toBe(false);
  });

  it('judges a multi-day event by its end', () => {
    expect(isUpcoming({ start: '2024-02-10', end: '2024-02-16' }, now)).toBe(true);
  });

  it('judges a moment to the minute', () => {
    expect(isUpcoming({ start: '2024-02-15T13:00+01:00' }, now)).toBe(false);
    expect(isUpcoming({ start: '2024-02-15T14:00+01:00' }, now)).toBe(true);
  });
});

describe('splitByDate', () => {
  const event = (id: string, start: string) => ({ id, data: { start } });
  const now = new Date('2024-01-01T00:00:00Z');

  it('lists upcoming events soonest first and past events latest first', () => {
    const { upcoming, past } = splitByDate(
      [event('a', '2023-05'), event('b', '2025-01-01'), event('c', '2024-06'), event('d', '2023-09-12')],
      now,
    );
    expect(upcoming.map((e) => e.id)).toEqual(['c', 'b']);
    expect(past.map((e) => e.id)).toEqual(['d', 'a']);
  });
});
