import { z } from 'astro/zod';
import { httpUrl, partialDate, slug, source } from './shared.ts';
import { glossaryTerm, plainPhrase } from './claims.ts';

/** A glossary term: an item of content/glossary.yaml; `id` is its anchor on /glossary/. */
export const glossaryTermSchema = z.strictObject({
  id: slug,
  /** The term as written, usually an acronym such as JCBPP. */
  term: glossaryTerm,
  /** What the acronym stands for, in plain words (shown in the <abbr> tooltip on every page that uses the term). */
  expansion: plainPhrase('expansion').optional(),
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

/**
 * What a source says about one market-analysis cycle as a whole: an item of
 * content/segment-cycles.yaml. Segments with a page of their own say which
 * cycles found them promising; this holds the counts, including the segments
 * that have no page.
 */
export const analysisCycleSchema = z
  .strictObject({
    id: slug,
    /** The cycle's number, 1 to 3 in the October 2023 report. */
    cycle: z.number().int().positive(),
    /** How many segments the cycle identified, as the source counts them. */
    identified: z.number().int().positive(),
    /** How many of them it judged most promising for joint cross-border procurement. */
    promising: z.number().int().nonnegative(),
    /** Where the full list is set out, when the source says: "deliverable D3.6, …". */
    listedIn: z.string().optional(),
    sources: z.array(source).min(1, { error: 'name the source of these counts' }),
  })
  .refine((c) => c.promising <= c.identified, {
    error: 'promising cannot exceed identified',
    path: ['promising'],
  });
export type AnalysisCycle = z.infer<typeof analysisCycleSchema>;
