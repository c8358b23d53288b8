/**
 * The content registry: each collection's loader and schema, from the single
 * table in src/schemas/index.ts. Which pages read which collection is noted
 * beside each. Content lives under KF_CONTENT_DIR (default content/).
 *
 * Every collection loads through the checked loader (src/pipeline/loaders/body-loader.ts):
 * it stores what the content check read and validated, and each body as
 * finished HTML, so no entry becomes a module and no file is read twice.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { collections as specs } from './schemas/index.ts';
import { readConfig } from './lib/config.ts';
import { checkedLoader } from './pipeline/loaders/body-loader.ts';
import type { CollectionName } from './schemas/index.ts';

const { contentDir, base } = readConfig();

/**
 * Every collection loads what the content check read, parsed (one YAML parser) and validated: no file, value
 * or type reaches a page that the check did not see. A problem stops the load with the check's report.
 */
function checked<S extends z.ZodType>(name: CollectionName, spec: { schema: S }) {
  return defineCollection({ loader: checkedLoader(name, { contentDir, base }), schema: spec.schema });
}

/** One file per entry, without a body (contacts). */
const entries = checked;
/** Entries with a body: validated by the content check, rendered as data. */
const bodies = checked;
/** Entries listed in one YAML file, each with an `id`. */
const list = checked;

export const collections = {
  /** /toolbox/ and /toolbox/<slug>/; related lists everywhere. */
  guides: bodies('guides', specs.guides),
  /** /examples/ and /examples/<slug>/; segment pages. */
  examples: bodies('examples', specs.examples),
  /** /segments/ and /segments/<slug>/; the home page. */
  segments: bodies('segments', specs.segments),
  /** /events/ and /events/<slug>/ (with .ics); the home page. */
  events: bodies('events', specs.events),
  /** Free-standing pages at /<slug>/. */
  pages: bodies('pages', specs.pages),
  /** /templates/ and /templates/<slug>/ (with .docx); "Templates for this step" on guide pages. */
  templates: entries('templates', specs.templates),
  /** /directory/ (with .vcf per contact). */
  contacts: entries('contacts', specs.contacts),
  /** /glossary/ and the automatic <abbr> marking of acronyms. */
  glossary: list('glossary', specs.glossary),
  /** /about/ (related projects). */
  projects: list('projects', specs.projects),
  /** /about/ (publications). */
  publications: list('publications', specs.publications),
  /** /segments/ (how many segments each analysis cycle identified). */
  cycles: list('cycles', specs.cycles),
  /** Who runs the site: the footer on every page, About, accessibility, privacy, the feed, the home page's Organization. */
  site: list('site', specs.site),
  /** /decisions/, each aid's start page and one page per answer path (src/lib/decisions/). */
  decisions: entries('decisions', specs.decisions),
  /** /timelines/ and /timelines/<procedure>/. */
  timelines: entries('timelines', specs.timelines),
};
