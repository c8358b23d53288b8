/**
 * Where each collection with pages of its own is published: part of the
 * content model, so the schema table (index.ts) can say it without importing
 * site code. src/lib/urls.ts builds every link from it.
 */
/** The public path of an entry of each collection, given its slug. */
export const ENTRY_PATHS = {
  guides: (slug: string) => `/toolbox/${slug}/`,
  examples: (slug: string) => `/examples/${slug}/`,
  segments: (slug: string) => `/segments/${slug}/`,
  events: (slug: string) => `/events/${slug}/`,
  pages: (slug: string) => `/${slug}/`,
  templates: (slug: string) => `/templates/${slug}/`,
} as const;

export type PageCollection = keyof typeof ENTRY_PATHS;
