/**
 * The content registry: each collection's loader and schema, from the single
 * table in src/schemas/index.ts. Which pages read which collection is noted
 * beside each. Content lives under KF_CONTENT_DIR (default content/).
 *
 * Collections with an MDX body use the body loader (src/pipeline/loaders/body-loader.ts):
 * it stores each body as finished HTML, so no entry becomes a module.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { collections as specs } from './schemas/index.ts';
import { readConfig } from './lib/config.ts';
import { bodyLoader } from './pipeline/loaders/body-loader.ts';
import type { CollectionName } from './schemas/index.ts';

const { contentDir, base } = readConfig();

/** The slug is the file name, whatever folder the file sits in (guides are grouped by phase). */
const slugFromFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');

function entries<S extends z.ZodType>(spec: { path: string; pattern: string; schema: S }) {
  return defineCollection({
    loader: glob({
      pattern: spec.pattern,
      base: pathToFileURL(`${join(contentDir, spec.path)}/`),
      generateId: slugFromFileName,
    }),
    schema: spec.schema,
  });
}

/** Entries with a body: validated by the content check, rendered as data. */
function bodies<S extends z.ZodType>(name: CollectionName, spec: { schema: S }) {
  return defineCollection({ loader: bodyLoader(name, { contentDir, base }), schema: spec.schema });
}

function list<S extends z.ZodType>(spec: { path: string; schema: S }) {
  return defineCollection({ loader: file(join(contentDir, spec.path)), schema: spec.schema });
}

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
  /** /directory/ (with .vcf per contact). */
  contacts: entries(specs.contacts),
  /** /glossary/ and the automatic <abbr> marking of acronyms. */
  glossary: list(specs.glossary),
  /** /about/ (related projects). */
  projects: list(specs.projects),
  /** /about/ (publications). */
  publications: list(specs.publications),
  /** /segments/ (how many segments each analysis cycle identified). */
  cycles: list(specs.cycles),
};
