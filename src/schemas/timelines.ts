import { z } from 'astro/zod';
import { change, isoDay, oneOf, source, summary, title } from './shared.ts';
import { nodeId } from './decisions.ts';

/**
 * The time limits of one procedure: content/timelines/<procedure>.yaml,
 * published at /timelines/<procedure>/. Statutory limits carry the article
 * that sets them; the worked timeline is built only from those limits, so
 * every bar on the page has its article. The rules that tie the parts
 * together (a step names a limit and variant that exist) are checked by
 * src/pipeline/checker/decision-graph.ts.
 */

export const DIRECTIVES = ['2014/24/EU', '2009/81/EC'] as const;

/**
 * Another minimum the law sets in a particular case, such as a prior information
 * notice or urgency: the limit becomes `to` days, or is shortened `by` days.
 */
export const timeLimitVariant = z
  .strictObject({
    /** When it applies, e.g. "a prior information notice was published 35 days to 12 months before". */
    when: z.string({ error: 'expected when the variant applies' }).trim().min(5),
    /** The limit becomes this many days. */
    to: z.number().int().positive().optional(),
    /** The limit is shortened by this many days. */
    by: z.number().int().positive().optional(),
    /** Where the law says so, e.g. "Article 27(2)". */
    article: z.string({ error: 'expected the article, e.g. Article 27(2)' }).trim().min(3),
  })
  .refine((r) => (r.to === undefined) !== (r.by === undefined), {
    error: 'write either "to:" (the limit becomes that many days) or "by:" (shortened by that many days), not both',
  });
export type TimeLimitVariant = z.infer<typeof timeLimitVariant>;

/** A statutory minimum time limit. */
export const timeLimit = z.strictObject({
  /** What must happen by the end of the period, e.g. "Receipt of tenders". */
  label: z.string({ error: 'expected what the limit is for' }).trim().min(3),
  /** The event the days count from, e.g. "the date the contract notice is sent". */
  from: z.string({ error: 'expected the event the days count from' }).trim().min(5),
  /** The minimum, in calendar days. */
  days: z.number({ error: 'expected a number of days' }).int().positive(),
  article: z.string({ error: 'expected the article, e.g. Article 27(1)' }).trim().min(3),
  /** The act the article belongs to and its public address (EUR-Lex). */
  source,
  /** The minimums the law sets in particular cases, keyed by id. */
  variants: z.record(nodeId, timeLimitVariant).default({}),
});
export type TimeLimit = z.infer<typeof timeLimit>;

/** A step of the worked timeline: one limit, at its full length or with one of its variants. */
export const workedStep = z.strictObject({
  /** The id of a limit of this procedure. */
  limit: nodeId,
  /** The id of one of that limit's variants; the full limit when absent. */
  variant: nodeId.optional(),
});

/** A run of steps counted from one event the buyers choose the date of (the notice, the invitation, the award decision). */
export const workedPhase = z.strictObject({
  /** The event day 0 of the phase is, e.g. "The lead buyer sends the contract notice". */
  from: z.string({ error: 'expected the event the phase counts from' }).trim().min(5),
  /** Steps, one after the other. */
  steps: z.array(workedStep).min(1, { error: 'a phase needs at least one step' }),
});

export const timelineSchema = z.strictObject({
  title,
  summary,
  /** The directive the procedure belongs to. */
  directive: oneOf(DIRECTIVES),
  /** The article that sets the procedure up, e.g. "Article 27". */
  article: z.string().trim().min(3),
  /** The statutory minimum time limits, keyed by id. */
  limits: z
    .record(nodeId, timeLimit)
    .refine((limits) => Object.keys(limits).length >= 1, { error: 'list at least one time limit' }),
  /** Other rules on time limits, each with its article, in plain text. */
  rules: z
    .array(z.strictObject({ text: z.string().trim().min(10), article: z.string().trim().min(3), source }))
    .default([]),
  /** The worked timeline of a joint procedure. */
  worked: z.strictObject({
    /** The situation the timeline works through, in plain text. */
    scenario: z.string().trim().min(20),
    phases: z.array(workedPhase).min(1),
  }),
  changes: z.array(change).default([]),
  reviewBy: isoDay.optional(),
  draft: z.boolean().default(false),
});
export type Timeline = z.infer<typeof timelineSchema>;

/** `timelinePath('open')` is `/timelines/open/`. */
export const timelinePath = (slug: string) => `/timelines/${slug}/`;
