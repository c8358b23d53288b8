import { describe, expect, it } from 'vitest';
import { eventTime, isoDay, isRealDay, partialDate } from '../../src/schemas/dates.ts';

describe('dates', () => {
  it('knows leap years', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2023-02-29')).toBe(false);
    expect(isRealDay('2100-02-29')).toBe(false);
  });

  it('keeps a day written YYYY-MM-DD as that string', () => {
    expect(isoDay.parse('2023-10-31')).toBe('2023-10-31');
  });

  it('accepts a Date that a YAML parser already made, as the same day', () => {
    expect(isoDay.parse(new Date(Date.UTC(2023, 9, 31)))).toBe('2023-10-31');
  });

  it('rejects a day that a YAML parser would silently roll over', () => {
    expect(isoDay.safeParse('2023-02-30').success).toBe(false);
  });

  it('takes dates as precise as the source: a year, a month or a day', () => {
    expect(partialDate.parse(2023)).toBe('2023');
    expect(partialDate.parse('2023-10')).toBe('2023-10');
    expect(partialDate.parse('2023-10-05')).toBe('2023-10-05');
    expect(partialDate.safeParse('2023-00').success).toBe(false);
    expect(partialDate.safeParse('Oct 2023').success).toBe(false);
  });

  it('takes event times as a month, a day, or a moment with its offset', () => {
    expect(eventTime.parse('2024-02')).toBe('2024-02');
    expect(eventTime.parse('2023-09-12')).toBe('2023-09-12');
    expect(eventTime.parse('2021-03-09T09:30+01:00')).toBe('2021-03-09T09:30+01:00');
    expect(eventTime.parse('2021-03-09T09:30:00Z')).toBe('2021-03-09T09:30:00Z');
    expect(eventTime.parse(new Date('2023-09-12T00:00:00Z'))).toBe('2023-09-12');
    expect(eventTime.parse(new Date('2021-03-09T09:30+01:00'))).toBe('2021-03-09T08:30:00Z');
    expect(eventTime.safeParse('2021-03-09T09:30').success).toBe(false);
    expect(eventTime.safeParse('2021-02-30T09:30Z').success).toBe(false);
    expect(eventTime.safeParse('2021-03-09T25:00Z').success).toBe(false);
  });
});
