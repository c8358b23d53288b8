import { z } from 'astro/zod';
import { httpUrl, partialDate, slug, source } from './shared.ts';

/** A glossary term: an item of content/glossary.yaml; `id` is its anchor on /glossary/. */
export const glossaryTermSchema = z.strictObject({
  id: slug,
  /** The term as written, usually an acronym such as JCBPP. */
  term: z.string().min(1),
  /** What the acronym stands for. */
  expansion: z.string().optional(),
  definition: z.string({ error: 'expected a one- or two-sentence definition' }).min(10),
  /** Other glossary terms, by id. */
  related: z.array(slug).default([]),
  sources: z.array(source).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A related EU project: an item of content/projects.yaml. */
export const projectSchema = z.strictObject({
  id: slug,
  acronym: z.string().min(2),
  name: z.string().optional(),
  url: httpUrl.optional(),
  /** How it relates to iProcureNet. */
  relation: z.string().min(10),
  sources: z.array(source).default([]),
});
export type Project = z.infer<typeof projectSchema>;

/** A deliverable, brief or report: an item of content/publications.yaml. */
export const publicationSchema = z.strictObject({
  id: slug,
  /** The project's own reference, such as D3.6, where it has one. */
  ref: z.string().optional(),
  title: z.string().min(3),
  date: partialDate,
  url: httpUrl.optional(),
  summary: z.string().min(20),
  authors: z.array(z.string()).default([]),
  sources: z.array(source).default([]),
});
export type Publication = z.infer<typeof publicationSchema>;
