/**
 * The toolbox's two groupings, by phase and by instrument, as sections that a
 * long toolbox splits into pages of their own: /toolbox/phase/<phase>/ and
 * /toolbox/instrument/<instrument>/ (then …/2/, …/3/). Guide pages are
 * /toolbox/<slug>/, one segment, so these two-segment paths never clash.
 */
import { groupByPhase, instrumentsIn, type GuideLike, type Stage } from './guides.ts';

export type SectionKind = 'phase' | 'instrument';

export interface GuideSection<G extends GuideLike> {
  kind: SectionKind;
  /** Phase or instrument code: `prepare`, `pcp`. */
  key: string;
  /** In the toolbox's order: by step within a phase, as published within an instrument. */
  guides: G[];
}

/** Every phase that has guides, then every instrument that has guides, in the schema's order. */
export function toolboxSections<G extends GuideLike>(
  guides: readonly G[],
  instruments: readonly string[],
): GuideSection<G>[] {
  return [
    ...groupByPhase(guides).map((group) => ({ kind: 'phase' as const, key: group.phase, guides: group.guides })),
    ...instrumentsIn(guides, instruments).map((instrument) => ({
      kind: 'instrument' as const,
      key: instrument,
      guides: guides.filter((g) => g.data.instruments.includes(instrument)),
    })),
  ];
}

/** Site path of a section's first page: `/toolbox/phase/prepare/`. */
export function sectionPath(kind: SectionKind, key: string): string {
  return `/toolbox/${kind}/${key}/`;
}

/** The whole toolbox as one printable document. */
export const PRINT_PATH = '/toolbox/print/';

/**
 * Slugs a guide cannot have: fixed routes beside /toolbox/<slug>/. Astro would
 * serve the fixed page and drop the guide's without a word.
 */
export const RESERVED_GUIDE_SLUGS: readonly string[] = ['print'];

/** Throws, naming the file and the fix, when a guide's slug is one of the toolbox's fixed pages. */
export function assertNoReservedGuideSlug(slug: string, filePath: string | undefined): void {
  if (!RESERVED_GUIDE_SLUGS.includes(slug)) return;
  throw new Error(
    `${filePath ?? `guide "${slug}"`}: the slug "${slug}" is taken by the toolbox's own page /toolbox/${slug}/. Rename the file (for example to "${slug}-guide.mdx"); reserved slugs: ${RESERVED_GUIDE_SLUGS.join(', ')}.`,
  );
}

/**
 * The id of a stage's section on /toolbox/: a phase keeps its phase name (links
 * published as /toolbox/#prepare keep working), reference guides are
 * `cross-cutting` as before, the overview is `overview`.
 */
export function stageAnchor(stage: Stage | undefined): string {
  return stage ?? 'cross-cutting';
}
