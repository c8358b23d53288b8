/**
 * What the sources say about each analysis cycle as a whole, beyond the
 * segments this site has a page for: the October 2023 report counts the
 * segments of the third cycle but names only the three judged most promising.
 * A cycle the sources do not describe is absent, not zero.
 */
import type { SegmentCycles } from './chart.ts';

export interface CycleFacts {
  cycle: number;
  /** How many segments the cycle identified, as the source counts them. */
  identified: number;
  /** How many of them it judged most promising for joint cross-border procurement. */
  promising: number;
  /** Where the full list is set out, when the source says. */
  listedIn?: string;
  source: string;
}

export const CYCLE_FACTS: readonly CycleFacts[] = [
  {
    cycle: 3,
    identified: 8,
    promising: 3,
    listedIn: 'deliverable D3.6, the revised list of the most promising segments for the third cycle',
    source: 'iProcureNet – Key findings, October 2023',
  },
];

export interface CycleSummary extends CycleFacts {
  /** The segments with a page on this site that the cycle judged most promising. */
  named: SegmentCycles[];
}

/** Each described cycle, newest first, with the published segments it judged most promising. */
export function cycleSummaries(
  segments: readonly SegmentCycles[],
  facts: readonly CycleFacts[] = CYCLE_FACTS,
): CycleSummary[] {
  return [...facts]
    .sort((a, b) => b.cycle - a.cycle)
    .map((fact) => ({
      ...fact,
      named: segments
        .filter((s) => s.cycles.some((c) => c.cycle === fact.cycle && c.promising))
        .sort((a, b) => a.title.localeCompare(b.title, 'en')),
    }));
}

/** A timeline across cycles says something only when some segment is recorded in more than one. */
export function spansCycles(segments: readonly SegmentCycles[]): boolean {
  return segments.some((s) => new Set(s.cycles.map((c) => c.cycle)).size > 1);
}
