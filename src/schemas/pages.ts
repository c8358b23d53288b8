import { z } from 'astro/zod';
import { isoDay, pageFields, source } from './shared.ts';

/** A free-standing page (about, join, accessibility…): content/pages/<slug>.mdx, published at /<slug>/. */
export const pageSchema = z.strictObject({
  ...pageFields,
  lastReviewed: isoDay.optional(),
  sources: z.array(source).default([]),
});
export type Page = z.infer<typeof pageSchema>;
