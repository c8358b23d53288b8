/**
 * The content model in one table: every collection, where its files live,
 * its schema and where it is published. Read by src/content.config.ts, the
 * content validator (build and `npm run check`), `npm run new` and the tests.
 */
import type { z } from 'astro/zod';
import { guideSchema } from './guides.ts';
import { exampleSchema } from './examples.ts';
import { segmentSchema } from './segments.ts';
import { contactSchema } from './contacts.ts';
import { eventSchema } from './events.ts';
import { pageSchema } from './pages.ts';
import { templateSchema } from './templates.ts';
import { decisionAidSchema, decisionAidPath } from './decisions.ts';
import { timelineSchema, timelinePath } from './timelines.ts';
import { ENTRY_PATHS } from './paths.ts';
import { analysisCycleSchema, glossaryTermSchema, projectSchema, publicationSchema } from './reference-data.ts';
import { siteSettingsSchema } from './site.ts';
import { plainText } from './shared.ts';

export interface CollectionSpec {
  /** `entries`: one file per entry (MDX or YAML); `list`: one YAML file holding a list of entries with ids. */
  kind: 'entries' | 'list';
  /** Folder (for `entries`) or file (for `list`), relative to the content root. */
  path: string;
  /** Glob of entry files inside `path`, for `entries`. */
  pattern?: string;
  schema: z.ZodType;
  /** Public URL of an entry, given its slug; undefined for collections without pages of their own. */
  url?: (slug: string) => string;
}

// Every collection's text passes the same control-character rule (plainText), once for all its fields.
export const collections = {
  guides: {
    kind: 'entries',
    path: 'guides',
    pattern: '**/*.mdx',
    schema: plainText(guideSchema),
    url: ENTRY_PATHS.guides,
  },
  examples: {
    kind: 'entries',
    path: 'examples',
    pattern: '*.mdx',
    schema: plainText(exampleSchema),
    url: ENTRY_PATHS.examples,
  },
  segments: {
    kind: 'entries',
    path: 'segments',
    pattern: '*.mdx',
    schema: plainText(segmentSchema),
    url: ENTRY_PATHS.segments,
  },
  events: {
    kind: 'entries',
    path: 'events',
    pattern: '*.mdx',
    schema: plainText(eventSchema),
    url: ENTRY_PATHS.events,
  },
  pages: { kind: 'entries', path: 'pages', pattern: '*.mdx', schema: plainText(pageSchema), url: ENTRY_PATHS.pages },
  templates: {
    kind: 'entries',
    path: 'templates',
    pattern: '*.yaml',
    schema: plainText(templateSchema),
    url: ENTRY_PATHS.templates,
  },
  contacts: { kind: 'entries', path: 'contacts', pattern: '*.yaml', schema: plainText(contactSchema) },
  glossary: { kind: 'list', path: 'glossary.yaml', schema: plainText(glossaryTermSchema) },
  projects: { kind: 'list', path: 'projects.yaml', schema: plainText(projectSchema) },
  publications: { kind: 'list', path: 'publications.yaml', schema: plainText(publicationSchema) },
  cycles: { kind: 'list', path: 'segment-cycles.yaml', schema: plainText(analysisCycleSchema) },
  // One entry, `- id: site`: a list like the others, so the same reader, loader and messages serve it.
  site: { kind: 'list', path: 'site.yaml', schema: plainText(siteSettingsSchema) },
  decisions: {
    kind: 'entries',
    path: 'decisions',
    pattern: '*.yaml',
    schema: plainText(decisionAidSchema),
    url: decisionAidPath,
  },
  timelines: {
    kind: 'entries',
    path: 'timelines',
    pattern: '*.yaml',
    schema: plainText(timelineSchema),
    url: timelinePath,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
/** What an entry of a collection holds once valid: its schema's output, defaults filled in. */
export type EntryData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export * from './guides.ts';
export * from './examples.ts';
export * from './segments.ts';
export * from './contacts.ts';
export * from './events.ts';
export * from './pages.ts';
export * from './templates.ts';
export * from './decisions.ts';
export * from './timelines.ts';
export * from './reference-data.ts';
export * from './shared.ts';
export * from './countries.ts';
export * from './site.ts';
