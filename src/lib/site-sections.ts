/**
 * The site's sections, in the order the main menu lists them. The header's
 * menu and the search page's "browse an index" links read this one list, so a
 * new section is one line here. `index` is how a listing describes itself
 * where search cannot help; a section without one (About) is not an index.
 */
export interface SiteSection {
  /** Site path without the base: `/toolbox/`. */
  path: string;
  /** The menu's short name. */
  label: string;
  /** The index's longer name, for the lists of indexes: "Toolbox guides". */
  index?: string;
}

export const SITE_SECTIONS: readonly SiteSection[] = [
  { path: '/toolbox/', label: 'Toolbox', index: 'Toolbox guides' },
  { path: '/templates/', label: 'Templates', index: 'Templates to download' },
  { path: '/decisions/', label: 'Decision aids', index: 'Decision aids' },
  { path: '/examples/', label: 'Examples', index: 'Examples of joint procurement' },
  { path: '/segments/', label: 'Segments', index: 'Market segments' },
  { path: '/events/', label: 'Events', index: 'Events and training' },
  { path: '/directory/', label: 'Contact points', index: 'National contact points' },
  { path: '/glossary/', label: 'Glossary', index: 'Glossary' },
  { path: '/about/', label: 'About' },
];

/**
 * The section a page belongs to: `/toolbox/pcp/` and `/toolbox/` are in the
 * toolbox. The longest matching path wins, so a section nested in another
 * (`/toolbox/templates/`) is its own. Paths are without the base.
 */
export function currentSection(
  pathname: string,
  sections: readonly SiteSection[] = SITE_SECTIONS,
): SiteSection | undefined {
  return sections.filter((s) => pathname.startsWith(s.path)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The sections that are indexes, for "browse instead" lists. */
export function indexSections(sections: readonly SiteSection[] = SITE_SECTIONS): (SiteSection & { index: string })[] {
  return sections.filter((s): s is SiteSection & { index: string } => s.index !== undefined);
}
