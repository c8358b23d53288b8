/**
 * The static paths of the toolbox's section pages, for the phase and
 * instrument routes: only the sections the toolbox page shortens get pages
 * (see overviewSection), so the real site, far below the threshold, has none.
 */
import { published } from './collections.ts';
import { siteConfig } from './config.ts';
import { overviewSection, paginate } from './paginate.ts';
import { toolboxSections, type SectionKind } from './toolbox-sections.ts';
import { INSTRUMENTS } from '../schemas/guides.ts';
import { siteKey } from './page-keys.ts';

export async function sectionStaticPaths(kind: SectionKind) {
  const pageSize = siteConfig().listingPageSize;
  const guides = await published('guides');
  const sections = toolboxSections(guides, INSTRUMENTS).filter(
    (s) => s.kind === kind && overviewSection(s.guides, guides.length, pageSize).more,
  );
  // A section page lists guides' titles and summaries: entry data, which the site key covers.
  const cacheKey = await siteKey();
  return sections.flatMap((section) =>
    paginate(section.guides, pageSize).map((page) => ({
      params: { [kind]: section.key, page: page.number === 1 ? undefined : String(page.number) },
      props: {
        section: { kind, key: section.key, count: section.guides.length },
        page,
        offset: (page.number - 1) * pageSize,
      },
      cacheKey,
    })),
  );
}
