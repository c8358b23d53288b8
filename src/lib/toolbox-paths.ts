/**
 * Addresses under /toolbox/: the fixed pages a guide's slug must never take,
 * the anchors of the toolbox page's stages, and the static paths of the
 * section pages for the phase and instrument routes. Only the sections the
 * toolbox page shortens get pages (see overviewSection), so the real site,
 * far below the threshold, has none.
 */
import { published } from './site-data.ts';
import { readConfig } from './config.ts';
import { overviewSection, paginate } from './paginate.ts';
import { toolboxSections, type SectionKind } from './toolbox-sections.ts';
import { INSTRUMENTS } from '../schemas/guides.ts';
import type { Stage } from './guides.ts';

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

export async function sectionStaticPaths(kind: SectionKind) {
  const pageSize = readConfig().listingPageSize;
  const guides = await published('guides');
  const sections = toolboxSections(guides, INSTRUMENTS).filter((s) => s.kind === kind && overviewSection(s.guides, guides.length, pageSize).more);
  return sections.flatMap((section) =>
    paginate(section.guides, pageSize).map((page) => ({
      params: { [kind]: section.key, page: page.number === 1 ? undefined : String(page.number) },
      props: { section: { kind, key: section.key, count: section.guides.length }, page, offset: (page.number - 1) * pageSize },
    })),
  );
}
