/**
 * The static paths of the toolbox's section pages, for the phase and
 * instrument routes: only sections with more guides than a listing page
 * holds get pages, so the real site, far below that, has none.
 */
import { published } from './site-data.ts';
import { readConfig } from './config.ts';
import { needsPages, paginate } from './paginate.ts';
import { toolboxSections, type SectionKind } from './toolbox-sections.ts';
import { INSTRUMENTS } from '../schemas/guides.ts';

export async function sectionStaticPaths(kind: SectionKind) {
  const pageSize = readConfig().listingPageSize;
  const sections = toolboxSections(await published('guides'), INSTRUMENTS).filter((s) => s.kind === kind && needsPages(s.guides.length, pageSize));
  return sections.flatMap((section) =>
    paginate(section.guides, pageSize).map((page) => ({
      params: { [kind]: section.key, page: page.number === 1 ? undefined : String(page.number) },
      props: { section: { kind, key: section.key, count: section.guides.length }, page, offset: (page.number - 1) * pageSize },
    })),
  );
}
