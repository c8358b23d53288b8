/**
 * The toolbox's order. A reader walks one journey, like a GOV.UK
 * step-by-step: the overview, the preparation steps, the tender, the
 * contract. Cross-cutting guides without a step are reference, read when
 * needed, never numbered. Everything is derived from each guide's `phase`
 * and `step`, so a new guide takes its place without code changes.
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
  return PHASES.map((phase) => ({ phase, guides: guides.filter((g) => g.data.phase === phase).sort(byStep) })).filter(
    (group) => group.guides.length > 0,
  );
}

/**
 * The stages of the journey, in reading order. `overview` holds the
 * cross-cutting guides that have a step: a cross-cutting guide is read before
 * the phases when its author gives it a place in the sequence (`step: 1`);
 * without a step it is reference.
 */
export const STAGES = ['overview', 'prepare', 'tender', 'contract'] as const;
export type Stage = (typeof STAGES)[number];

/** The stage of a guide, or undefined for a reference guide (cross-cutting, no step). */
export function stageOf(guide: GuideLike): Stage | undefined {
  if (guide.data.phase !== 'cross-cutting') return guide.data.phase;
  return guide.data.step === undefined ? undefined : 'overview';
}

export interface JourneyStage<G extends GuideLike> {
  stage: Stage;
  guides: G[];
}

export interface Toolbox<G extends GuideLike> {
  /** Stages that have guides, in reading order, each by step. */
  readonly journey: readonly JourneyStage<G>[];
  /** Cross-cutting guides without a step, by title. */
  readonly reference: readonly G[];
}

/**
 * The toolbox as a reader walks it: `{ journey: [overview, prepare, tender, contract], reference }`.
 * Ordered once per array of guides and shared (read-only): every guide page shows the journey, and sorting every
 * guide again on each of them made the build grow with the square of the toolbox.
 */
export function toolbox<G extends GuideLike>(guides: readonly G[]): Toolbox<G> {
  const { journey, reference } = walk(guides);
  // The walk holds the very elements of `guides`, so they are Gs.
  return { journey, reference } as unknown as Toolbox<G>;
}

function orderToolbox(guides: readonly GuideLike[]): { journey: JourneyStage<GuideLike>[]; reference: GuideLike[] } {
  const journey = STAGES.map((stage) => ({
    stage,
    guides: guides.filter((g) => stageOf(g) === stage).sort(byStep),
  })).filter((s) => s.guides.length > 0);
  const reference = guides.filter((g) => stageOf(g) === undefined).sort(byStep);
  return { journey, reference };
}

/** Every guide in the order the whole toolbox is read and printed: the journey, then the reference guides. */
export function readingOrder<G extends GuideLike>(guides: readonly G[]): G[] {
  const { journey, reference } = toolbox(guides);
  return [...journey.flatMap((s) => s.guides), ...reference];
}

export interface JourneyPosition<G extends GuideLike> {
  /** The guide's stage; undefined for a reference guide, which has no place in the sequence. */
  stage: Stage | undefined;
  /** 1-based position inside its stage, and the stage's size: step 2 of 7. */
  number: number;
  total: number;
  /** The guides before and after it in the whole journey, across stages: step 7 leads into the tender. */
  previous: G | undefined;
  next: G | undefined;
}

interface Walk {
  journey: JourneyStage<GuideLike>[];
  reference: GuideLike[];
  sequence: GuideLike[];
  /** Guide id → its index in `sequence`, and its 1-based number and total inside its stage (or among the reference guides). */
  at: Map<string, { index: number; number: number; total: number }>;
}

// Every guide page asks where it stands among the same array of guides: order them once per array, not once per page.
const walks = new WeakMap<readonly GuideLike[], Walk>();

function walk(guides: readonly GuideLike[]): Walk {
  let known = walks.get(guides);
  if (known) return known;
  const { journey, reference } = orderToolbox(guides);
  const sequence = journey.flatMap((s) => s.guides);
  const at = new Map<string, { index: number; number: number; total: number }>();
  let index = 0;
  for (const stage of journey)
    stage.guides.forEach((g, i) => at.set(g.id, { index: index++, number: i + 1, total: stage.guides.length }));
  reference.forEach((g, i) => at.set(g.id, { index: -1, number: i + 1, total: reference.length }));
  known = { journey, reference, sequence, at };
  walks.set(guides, known);
  return known;
}

/**
 * Where a guide stands in the journey: `{ stage: 'prepare', number: 2, total: 7, previous, next }`.
 * A reference guide gets no previous or next: it is not part of a sequence.
 */
export function journeyPosition<G extends GuideLike>(guide: GuideLike, guides: readonly G[]): JourneyPosition<G> {
  const { sequence, at } = walk(guides);
  const place = at.get(guide.id);
  if (!place) throw new Error(`guide "${guide.id}" is not among the toolbox's guides`);
  const stage = stageOf(guide);
  if (stage === undefined)
    return { stage, number: place.number, total: place.total, previous: undefined, next: undefined };
  return {
    stage,
    number: place.number,
    total: place.total,
    previous: sequence[place.index - 1] as G | undefined,
    next: sequence[place.index + 1] as G | undefined,
  };
}

/**
 * The steps of the reader's own stage that its step-by-step lists. A stage
 * lists all its steps while the toolbox fits on one listing page; in a
 * toolbox split into pages (paginate.ts), a long stage lists `size` steps
 * around the current one, so a guide page stays the same size however large
 * the toolbox grows. `first` is the 1-based number of the first step shown.
 */
export function stepWindow<G>(
  steps: readonly G[],
  current: number,
  split: boolean,
  size: number,
): { shown: G[]; first: number; whole: boolean } {
  if (!split || steps.length <= size) return { shown: [...steps], first: 1, whole: true };
  const before = Math.floor((size - 1) / 2);
  const start = Math.max(0, Math.min(current - before, steps.length - size));
  return { shown: steps.slice(start, start + size), first: start + 1, whole: false };
}

/**
 * A title without the "Step N: " its author wrote, where a list already shows N:
 * `withoutStepPrefix('Step 2: Identify financing', 2)` is "Identify financing".
 * A title whose number differs from the position is left as written.
 */
export function withoutStepPrefix(title: string, number: number): string {
  const match = /^Step\s+(\d+)\s*[:.–-]\s*(.+)$/i.exec(title);
  return match && Number(match[1]) === number && match[2] ? match[2] : title;
}

/** Instruments that at least one guide covers, in the schema's order. */
export function instrumentsIn<I extends string>(guides: readonly GuideLike[], order: readonly I[]): I[] {
  const present = new Set(guides.flatMap((g) => g.data.instruments));
  return order.filter((instrument) => present.has(instrument));
}
