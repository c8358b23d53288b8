import { z } from 'astro/zod';
import { change, isoDay, source, summary, title } from './shared.ts';

/**
 * A decision aid: content/decisions/<slug>.yaml, published at
 * /decisions/<slug>/ (its start page) and at one address per answer path,
 * /decisions/<slug>/y/<answer>/<answer>/ (GOV.UK's smart-answer pattern).
 * Questions and outcomes share one set of ids, so an option's `next` names
 * either. The graph rules (every `next` exists, everything is reachable from
 * `start`, no cycles) are checked by src/pipeline/checker/decision-graph.ts.
 */

/**
 * An id of a question, an outcome or an answer: lowercase words joined by
 * hyphens, starting with a letter. An answer's id is a segment of the page's
 * address, so it is what a trainer reads on a slide: keep it short and plain.
 * (Starting with a letter also keeps YAML maps in the order they are written.)
 */
export const nodeId = z
  .string({ error: 'expected an id of lowercase words joined by hyphens, e.g. defence-equipment' })
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not an id; write lowercase words joined by hyphens, starting with a letter, e.g. defence-equipment`,
  });

/**
 * A page that follows from an outcome, written `collection/slug`:
 * `guides/joint-tender`, `examples/broadway-pcp`, `timelines/open`, `templates/collaboration-agreement`.
 * The content check resolves each against the published entries.
 */
export const followUpRef = z
  .string({ error: 'expected a reference such as guides/joint-tender' })
  .regex(/^(guides|examples|timelines|templates)\/[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a reference; write guides/<slug>, examples/<slug>, timelines/<slug> or templates/<slug>`,
  });
export type FollowUpRef = z.infer<typeof followUpRef>;

/** Plain text of one or more paragraphs, separated by an empty line; no Markdown, no HTML. */
const plainParagraphs = (what: string) =>
  z
    .string({ error: `expected ${what} in plain text` })
    .trim()
    .min(20, { error: `write ${what} in at least 20 characters` })
    .refine((text) => !/[<>*_`[\]]/.test(text), { error: `write ${what} in plain text, without Markdown or HTML` });

/** One answer to a question: the link a reader follows. */
export const decisionOption = z.strictObject({
  /** The answer as the reader reads it, e.g. "Military equipment, or equipment with classified information". */
  label: z.string({ error: 'expected the answer as the reader reads it' }).trim().min(2),
  /** A line under the answer that helps the reader choose it. */
  hint: z.string().trim().min(3).optional(),
  /** The id of the question or outcome this answer leads to. */
  next: nodeId,
});

export const decisionQuestion = z.strictObject({
  /** The question, one per page, e.g. "What are you buying?". */
  text: z.string({ error: 'expected the question' }).trim().min(5),
  /** What the reader needs to know to answer, in plain text. */
  hint: plainParagraphs('the hint').optional(),
  /** The answers, keyed by their id (a segment of the address), in the order shown; at least two. */
  options: z
    .record(nodeId, decisionOption)
    .refine((options) => Object.keys(options).length >= 2, { error: 'a question needs at least two answers' }),
});

export const decisionOutcome = z.strictObject({
  /** The result in a few words, e.g. "Directive 2009/81/EC applies". */
  title,
  /** What the result means and why, in plain paragraphs. */
  text: plainParagraphs('the explanation'),
  /** The law or guidance each statement rests on; at least one. */
  sources: z.array(source).min(1, { error: 'an outcome needs at least one source' }),
  /** Pages to read next: guides, examples, timelines and templates that follow from the result. */
  next: z.array(followUpRef).default([]),
});

export const decisionAidSchema = z.strictObject({
  /** The question the aid answers, e.g. "Which rules apply to our joint purchase?". */
  title,
  summary,
  /** The start page: who the aid is for and what it asks, in plain paragraphs. */
  intro: plainParagraphs('the introduction'),
  /** The id of the first question. */
  start: nodeId,
  /** The questions, keyed by id. */
  questions: z.record(nodeId, decisionQuestion),
  /** The outcomes, keyed by id. */
  outcomes: z.record(nodeId, decisionOutcome),
  /** Public change notes, newest first. */
  changes: z.array(change).default([]),
  /** Date by which the owner re-checks the aid. */
  reviewBy: isoDay.optional(),
  /** Drafts are never published. */
  draft: z.boolean().default(false),
});
export type DecisionAid = z.infer<typeof decisionAidSchema>;
export type DecisionQuestion = z.infer<typeof decisionQuestion>;
export type DecisionOutcome = z.infer<typeof decisionOutcome>;

/** `decisionAidPath('which-rules')` is `/decisions/which-rules/`: the aid's start page. */
export const decisionAidPath = (slug: string) => `/decisions/${slug}/`;
