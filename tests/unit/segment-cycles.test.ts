import { describe, expect, it } from 'vitest';
import { cycleSummaries, spansCycles } from '../../src/lib/segment-cycles.ts';

const seg = (id: string, cycles: { cycle: number; promising: boolean }[]) => ({ id, title: id.toUpperCase(), cycles });

describe('cycleSummaries', () => {
  it('names the published segments a cycle judged most promising, newest cycle first', () => {
    const segments = [
      seg('b', [{ cycle: 3, promising: true }]),
      seg('a', [{ cycle: 3, promising: true }]),
      seg('c', [{ cycle: 3, promising: false }]),
      seg('d', [{ cycle: 2, promising: true }]),
    ];
    const facts = [
      { cycle: 2, identified: 5, promising: 1, sources: [{ title: 'S' }] },
      { cycle: 3, identified: 8, promising: 3, sources: [{ title: 'S' }] },
    ];
    const summaries = cycleSummaries(segments, facts);
    expect(summaries.map((s) => s.cycle)).toEqual([3, 2]);
    expect(summaries[0]!.named.map((s) => s.id)).toEqual(['a', 'b']);
    expect(summaries[1]!.named.map((s) => s.id)).toEqual(['d']);
  });
});

describe('spansCycles', () => {
  it('is true only when a segment is recorded in two cycles', () => {
    expect(spansCycles([seg('a', [{ cycle: 3, promising: true }]), seg('b', [{ cycle: 1, promising: false }])])).toBe(
      false,
    );
    expect(
      spansCycles([
        seg('a', [
          { cycle: 2, promising: false },
          { cycle: 3, promising: true },
        ]),
      ]),
    ).toBe(true);
  });
});
