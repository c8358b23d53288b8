import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/text/closest.ts';

describe('closest', () => {
  it('measures edits between two words', () => {
    expect(editDistance('emial', 'email')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the nearest candidate for a typo', () => {
    expect(closest('emial', ['email', 'name', 'organisation'])).toBe('email');
  });

  it('suggests a slug that contains what was typed', () => {
    expect(closest('drones', ['climate-change-mitigation-and-adaptation', 'drones-and-in-drone-technology'])).toBe(
      'drones-and-in-drone-technology',
    );
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('budget', ['email', 'country'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
