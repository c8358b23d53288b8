/**
 * Each analysis cycle as the sources describe it (content/segment-cycles.yaml),
 * with the segments this site has a page for that it judged most promising: the
 * October 2023 report counts eight third-cycle segments but names only three.
 * A cycle the sources do not describe is absent, not zero.
 */
import type { SegmentCycles } from './chart.ts';
import type { AnalysisCycle } from '../schemas/reference-data.ts';

/** What the sources say about a cycle as a whole (content/segment-cycles.yaml). */
export type CycleFacts = Pick<AnalysisCycle, 'cycle' | 'identified' | 'promising' | 'listedIn'> & {
  sources: readonly { title: string }[];
};

export interface CycleSummary extends CycleFacts {
  /** The segments with a page on this site that the cycle judged most promising. */
  named: SegmentCycles[];
}

/** Each described cycle, newest first, with the published segments it judged most promising. */
export function cycleSummaries(segments: readonly SegmentCycles[], facts: readonly CycleFacts[]): CycleSummary[] {
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
