import { z } from 'astro/zod';
import { unendorsed } from './claims.ts';
import { entryRef, isoDay, oneOf, pageFields, source } from './shared.ts';

export const PHASES = ['prepare', 'tender', 'contract', 'cross-cutting'] as const;
export const INSTRUMENTS = [
  'jcbpp',
  'pcp',
  'ppi',
  'market-consultation',
  'market-analysis',
  'value-engineering',
  'legal',
  'community',
] as const;
export const AUDIENCES = [
  'procurers',
  'end-users',
  'legal-advisors',
  'suppliers',
  'policy-makers',
  'trainers',
] as const;

/** A toolbox guide: content/guides/**\/<slug>.mdx, published at /toolbox/<slug>/. */
export const guideSchema = z.strictObject({
  ...pageFields,
  /** The JCBPP phase: pre-tender (prepare), tender, post-tender (contract), or cross-cutting. */
  phase: oneOf(PHASES),
  /** Order inside its phase, from 1. */
  step: z.number().int().positive().optional(),
  /** Instruments the guide is about; at least one. */
  instruments: z.array(oneOf(INSTRUMENTS)).min(1, { error: 'name at least one instrument' }),
  /** Who the guide is written for. */
  audience: z.array(oneOf(AUDIENCES)).default([]),
  /** When the owner last checked the guide against its sources. */
  lastReviewed: isoDay,
  /** The day up to which the law the guide states was checked, shown as "Law as at <date>"; set it on every guide that states law. */
  lawAsAt: isoDay.optional(),
  /** Organisation or team responsible for the guide. */
  owner: unendorsed('owner').min(2, { error: 'expected the organisation or team responsible for the guide' }),
  /** Guides, segments and examples to read next, as collection/slug. */
  related: z.array(entryRef).default([]),
  /** Where the guidance comes from; at least one. */
  sources: z.array(source).min(1, { error: 'list at least one source' }),
});
export type Guide = z.infer<typeof guideSchema>;
