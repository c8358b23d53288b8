/**
 * Site-internal URLs. Every internal link goes through `withBase`, so the site
 * works at `/` and under a project path such as `/knowledge-factory/`.
 */
import { ENTRY_PATHS, type PageCollection } from '../schemas/paths.ts';

export { ENTRY_PATHS, type PageCollection };

/** `withBase('/toolbox/pcp/', '/kf/')` is `/kf/toolbox/pcp/`; external and fragment links pass through. */
export function withBase(path: string, base: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#') || path.startsWith('//')) return path;
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  return `${normalisedBase}${path.replace(/^\/+/, '')}`;
}

/** Public path of a page entry, from its collection and slug; e.g. `('guides', 'pcp')` is `/toolbox/pcp/`. */
export function entryPath(collection: PageCollection, slug: string): string {
  return ENTRY_PATHS[collection](slug);
}

/** `entryRefPath('segments/drones')` is `/segments/drones/`. */
export function entryRefPath(ref: string): string {
  const [collection, slug] = ref.split('/') as [PageCollection, string];
  return entryPath(collection, slug);
}
