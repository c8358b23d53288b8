/**
 * The toolbox's two groupings, by phase and by instrument, as sections that a
 * long toolbox splits into pages of their own: /toolbox/phase/<phase>/ and
 * /toolbox/instrument/<instrument>/ (then …/2/, …/3/). Guide pages are
 * /toolbox/<slug>/, one segment, so these two-segment paths never clash.
 */
import { groupByPhase, instrumentsIn, type GuideLike } from './guides.ts';

export type SectionKind = 'phase' | 'instrument';

export interface GuideSection<G extends GuideLike> {
  kind: SectionKind;
  /** Phase or instrument code: `prepare`, `pcp`. */
  key: string;
  /** In the toolbox's order: by step within a phase, as published within an instrument. */
  guides: G[];
}

/** Every phase that has guides, then every instrument that has guides, in the schema's order. */
export function toolboxSections<G extends GuideLike>(guides: readonly G[], instruments: readonly string[]): GuideSection<G>[] {
  return [
    ...groupByPhase(guides).map((group) => ({ kind: 'phase' as const, key: group.phase, guides: group.guides })),
    ...instrumentsIn(guides, instruments).map((instrument) => ({ kind: 'instrument' as const, key: instrument, guides: guides.filter((g) => g.data.instruments.includes(instrument)) })),
  ];
}

/** Site path of a section's first page: `/toolbox/phase/prepare/`. */
export function sectionPath(kind: SectionKind, key: string): string {
  return `/toolbox/${kind}/${key}/`;
}
