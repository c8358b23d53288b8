/**
 * Site-internal URLs. Every internal link goes through `withBase`, so the site
 * works at `/` and under a project path such as `/knowledge-factory/`.
 */

/** `withBase('/toolbox/pcp/', '/kf/')` is `/kf/toolbox/pcp/`; external and fragment links pass through. */
export function withBase(path: string, base: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#') || path.startsWith('//')) return path;
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  return `${normalisedBase}${path.replace(/^\/+/, '')}`;
}

/** Public path of a page entry, from its collection and slug; e.g. `('guides', 'pcp')` is `/toolbox/pcp/`. */
export const ENTRY_PATHS = {
  guides: (slug: string) => `/toolbox/${slug}/`,
  examples: (slug: string) => `/examples/${slug}/`,
  segments: (slug: string) => `/segments/${slug}/`,
  events: (slug: string) => `/events/${slug}/`,
  pages: (slug: string) => `/${slug}/`,
} as const;

export type PageCollection = keyof typeof ENTRY_PATHS;

export function entryPath(collection: PageCollection, slug: string): string {
  return ENTRY_PATHS[collection](slug);
}

/** `entryRefPath('segments/drones')` is `/segments/drones/`. */
export function entryRefPath(ref: string): string {
  const [collection, slug] = ref.split('/') as [PageCollection, string];
  return entryPath(collection, slug);
}
