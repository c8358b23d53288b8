import { describe, expect, it } from 'vitest';
import { entriesOf } from './content.ts';

/** The three segments the October 2023 report singles out as most promising for JCBPP; other sources may add segments. */
const PROMISING = ['ai-for-law-enforcement', 'climate-change-mitigation-and-adaptation', 'drones-and-in-drone-technology'];

const segments = entriesOf('segments');
const promisingInCycle3 = (entry: (typeof segments)[number]) => entry.data.cycles.some((c) => c.cycle === 3 && c.promising);

describe('the promising segments', () => {
  it.each(PROMISING)('%s exists and is marked promising for the 3rd cycle', (slug) => {
    const segment = segments.find((entry) => entry.slug === slug);
    expect(segment, `content/segments/${slug}.mdx is missing`).toBeDefined();
    expect(promisingInCycle3(segment!)).toBe(true);
  });
});
