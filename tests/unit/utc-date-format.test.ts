import { describe, expect, it } from 'vitest';
import { utcDate } from '../../src/lib/utc-date-format.ts';

describe('utcDate', () => {
  const day = new Date('2024-03-12T23:30:00Z');

  it('writes each style in words, in UTC whatever the machine’s time zone', () => {
    expect(utcDate(day, 'en-GB', 'day')).toBe('12 March 2024');
    expect(utcDate(day, 'en-GB', 'month')).toBe('March 2024');
    expect(utcDate(day, 'en-GB', 'day-of-month')).toBe('12');
    expect(utcDate(day, 'en-GB', 'day-month')).toBe('12 March');
  });

  it('keeps locales apart', () => {
    expect(utcDate(day, 'fr-FR', 'day')).toBe('12 mars 2024');
    expect(utcDate(day, 'en-GB', 'day')).toBe('12 March 2024');
  });
});
