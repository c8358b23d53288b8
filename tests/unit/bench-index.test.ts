import { describe, expect, it } from 'vitest';
import { parseSizes, renderTime } from '../../scripts/bench/index.ts';

describe('parseSizes', () => {
  it('reads a comma-separated list, with underscores as thousands separators', () => {
    expect(parseSizes('100, 1_000,10000')).toEqual([100, 1000, 10000]);
  });

  it('names the size it cannot read', () => {
    expect(() => parseSizes('100,lots')).toThrow('--sizes: "lots" is not a whole number of entries (at least 3)');
    expect(() => parseSizes('2')).toThrow('--sizes: "2"');
  });
});

describe('renderTime', () => {
  it('reads Astro’s rendering time in seconds, minutes and seconds, or milliseconds', () => {
    expect(renderTime('[build] 915 page(s) built in 20.4s')).toBe(20_400);
    expect(renderTime('[build] 9417 page(s) built in 7m 5s')).toBe(425_000);
    expect(renderTime('[build] 3 page(s) built in 830ms')).toBe(830);
  });

  it('has no figure when the build printed none', () => {
    expect(renderTime('[build] Complete!')).toBeUndefined();
  });
});
