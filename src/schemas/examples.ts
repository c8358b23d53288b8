import { z } from 'astro/zod';
import { countryOrEu, httpUrl, oneOf, pageFields, securityArea, slug, source } from './shared.ts';
import { year } from './dates.ts';

export const EXAMPLE_STATUSES = ['completed', 'ongoing', 'planned', 'discontinued'] as const;
export const LEGAL_MODELS = [
  'central-purchasing-body',
  'joint-procurement-agreement',
  'lead-buyer',
  'eu-level',
  'framework-agreement',
  'other',
] as const;
export const PROCEDURES = [
  'open',
  'restricted',
  'competitive-dialogue',
  'negotiated',
  'innovation-partnership',
  'pcp',
  'ppi',
] as const;

/** Cross-border means two distinct countries at least, or `EU` alone for a Union-level procurement. */
const exampleCountries = z
  .array(countryOrEu)
  .min(1, { error: 'list the countries that bought together' })
  .superRefine((codes, ctx) => {
    if (codes.includes('EU')) {
      if (codes.length > 1)
        ctx.addIssue({
          code: 'custom',
          message: 'use EU alone for a Union-level procurement, or list the countries without EU',
        });
      return;
    }
    if (new Set(codes).size < 2)
      ctx.addIssue({
        code: 'custom',
        message:
          'a cross-border example needs at least two distinct countries (or EU alone for a Union-level procurement)',
      });
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'a country is listed twice' });
  });

/** A documented JCBPP case: content/examples/<slug>.mdx, published at /examples/<slug>/. */
export const exampleSchema = z.strictObject({
  ...pageFields,
  status: oneOf(EXAMPLE_STATUSES),
  /** Years the procurement ran. */
  period: z.strictObject({ start: year, end: year.optional() }).refine((p) => p.end === undefined || p.end >= p.start, {
    error: 'period.end must not be before period.start',
    path: ['end'],
  }),
  countries: exampleCountries,
  /** The buying organisations. */
  buyers: z.array(z.strictObject({ name: z.string().min(2), country: countryOrEu })).default([]),
  /** What was bought. */
  subject: z.string({ error: 'expected what was bought, in a few words' }).min(3),
  securityArea,
  /** Segments the case belongs to, by slug. */
  segments: z.array(slug).default([]),
  legalModel: oneOf(LEGAL_MODELS),
  procedure: oneOf(PROCEDURES).optional(),
  value: z
    .strictObject({
      amount: z.number().positive(),
      currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as EUR' }),
    })
    .optional(),
  /** What others can learn from the case. */
  lessons: z.array(z.string().min(10)).default([]),
  /** At least one public source, each with its address. */
  sources: z.array(source.extend({ url: httpUrl })).min(1, { error: 'list at least one source with its url' }),
});
export type Example = z.infer<typeof exampleSchema>;
