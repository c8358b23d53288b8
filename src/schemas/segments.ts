import { z } from 'astro/zod';
import { countryCode, entryRef, pageFields, securityArea, source } from './shared.ts';

/** How a segment fared in one of iProcureNet's three analysis cycles. */
const cycleResult = z.strictObject({
  cycle: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'expected cycle 1, 2 or 3' }),
  /** Singled out as most promising for JCBPP in that cycle. */
  promising: z.boolean(),
  /** Position in that cycle's list, where the source gives one. */
  rank: z.number().int().positive().optional(),
});

/** A market segment for JCBPP: content/segments/<slug>.mdx, published at /segments/<slug>/. */
export const segmentSchema = z.strictObject({
  ...pageFields,
  securityArea,
  cycles: z
    .array(cycleResult)
    .min(1, { error: 'say in which cycle (1, 2 or 3) the segment was identified' })
    .refine((cycles) => new Set(cycles.map((c) => c.cycle)).size === cycles.length, {
      error: 'each cycle may appear only once',
    }),
  interestedCountries: z.array(countryCode).default([]),
  related: z.array(entryRef).default([]),
  sources: z.array(source).min(1, { error: 'list at least one source' }),
});
export type Segment = z.infer<typeof segmentSchema>;
