/**
 * The toolbox's order: guides grouped by phase in the order a JCBPP runs, and
 * ordered by step inside each phase, so a guide can say "step 2 of 7".
 */
import { PHASES } from '../schemas/guides.ts';

type Phase = (typeof PHASES)[number];

/** What the grouping needs of a guide; entries from the collection fit. */
export interface GuideLike {
  id: string;
  data: { title: string; phase: Phase; step?: number | undefined; instruments: readonly string[] };
}

export interface PhaseGroup<G extends GuideLike> {
  phase: Phase;
  guides: G[];
}

/**
 * Guides in reading order: by step (guides without a step after those with
 * one), then by title, so the order never depends on file order.
 */
export function byStep<G extends GuideLike>(a: G, b: G): number {
  const stepA = a.data.step ?? Number.POSITIVE_INFINITY;
  const stepB = b.data.step ?? Number.POSITIVE_INFINITY;
  if (stepA !== stepB) return stepA - stepB;
  return a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en');
}

/** Every phase that has guides, in the order a JCBPP runs, each in step order. */
export function groupByPhase<G extends GuideLike>(guides: readonly G[]): PhaseGroup<G>[] {
  return PHASES.map((phase) => ({ phase, guides: guides.filter((g) => g.data.phase === phase).sort(byStep) })).filter((group) => group.guides.length > 0);
}

export interface StepPosition<G extends GuideLike> {
  /** 1-based position inside the phase. */
  number: number;
  total: number;
  previous: G | undefined;
  next: G | undefined;
}

/** Where a guide stands in its phase: `{ number: 2, total: 7, previous, next }`. */
export function stepPosition<G extends GuideLike>(guide: GuideLike, guides: readonly G[]): StepPosition<G> {
  const phase = guides.filter((g) => g.data.phase === guide.data.phase).sort(byStep);
  const index = phase.findIndex((g) => g.id === guide.id);
  if (index === -1) throw new Error(`guide "${guide.id}" is not among the guides of its phase`);
  return { number: index + 1, total: phase.length, previous: phase[index - 1], next: phase[index + 1] };
}

/** Instruments that at least one guide covers, in the schema's order. */
export function instrumentsIn<I extends string>(guides: readonly GuideLike[], order: readonly I[]): I[] {
  const present = new Set(guides.flatMap((g) => g.data.instruments));
  return order.filter((instrument) => present.has(instrument));
}
