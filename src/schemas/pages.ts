import { z } from 'astro/zod';
import { isoDay, oneOf, pageFields, source } from './shared.ts';

/**
 * What a page shows from the site settings (content/site.yaml), beside its
 * text: `publisher` (who runs the site, the legal notice and the funding
 * statement, for About), `feedback` (the contact address for accessibility
 * requests), `data-controller` (who answers for personal data, for privacy).
 */
export const SITE_DETAILS = ['publisher', 'feedback', 'data-controller'] as const;
export type SiteDetail = (typeof SITE_DETAILS)[number];

/** A free-standing page (about, join, accessibility…): content/pages/<slug>.mdx, published at /<slug>/. */
export const pageSchema = z.strictObject({
  ...pageFields,
  lastReviewed: isoDay.optional(),
  /** Which details of the site settings the page shows; none by default. */
  siteDetails: oneOf(SITE_DETAILS).optional(),
  sources: z.array(source).default([]),
});
export type Page = z.infer<typeof pageSchema>;
