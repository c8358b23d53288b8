import { z } from 'astro/zod';
import { countryCodeHint, isCountryCode } from './countries.ts';
import { isoDay, partialDate } from './dates.ts';

/** An ISO 3166-1 alpha-2 country code such as `FR`. */
export const countryCode = z
  .string({ error: 'expected a two-letter country code such as FR' })
  .refine(isCountryCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 country code; ${countryCodeHint(String(issue.input))}` });

/** A country code, or `EU` for a body acting at Union level. */
export const countryOrEu = z.union([z.literal('EU'), countryCode], {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 country code or EU; ${countryCodeHint(String(issue.input))}`,
});

/** An http(s) address. */
export const httpUrl = z
  .string({ error: 'expected a web address starting with https://' })
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: (issue) => `"${String(issue.input)}" is not a web address; write the full address starting with https://` },
  );

/** A lowercase slug: the file name of an entry, e.g. `pre-commercial-procurement`. */
export const slug = z
  .string({ error: 'expected the slug (file name without extension) of an entry' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a slug of lowercase letters, digits and hyphens, e.g. pre-commercial-procurement' });

/** A link to an entry of another collection, written `collection/slug`, e.g. `segments/drones-and-in-drone-technology`. */
export const entryRef = z
  .string({ error: 'expected a reference written collection/slug, e.g. guides/pre-commercial-procurement' })
  .regex(/^(guides|examples|segments|events|pages)\/[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'expected a reference written collection/slug, where collection is guides, examples, segments, events or pages',
  });

/** A link into a guide, optionally to a section: `guide-slug` or `guide-slug#section-id`. */
export const guideAnchorRef = z
  .string({ error: 'expected a guide reference such as pre-commercial-procurement#when-to-use-it' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9][a-z0-9_-]*)?$/, {
    error: 'expected a guide slug, optionally with a section: pre-commercial-procurement#when-to-use-it',
  });

/** Plain text summary for cards, search results and the meta description. */
export const summary = z
  .string({ error: 'expected a summary of 50 to 300 characters in plain text' })
  .trim()
  .min(50, { error: (issue) => `the summary is too short (${String(issue.input).length} characters); write 50 to 300` })
  .max(300, { error: (issue) => `the summary is too long (${String(issue.input).length} characters); write 50 to 300` })
  .refine((text) => !/[<>*_`[\]]/.test(text), { error: 'write the summary in plain text, without Markdown or HTML' });

/** A title as readers see it. */
export const title = z.string({ error: 'expected a title' }).trim().min(3, { error: 'expected a title of at least 3 characters' }).max(120, { error: 'keep the title under 120 characters' });

/** Where a fact comes from. Every factual page lists these. */
export const source = z.strictObject({
  /** Title of the document or page. */
  title: z.string({ error: 'expected the title of the source' }).min(3),
  /** Public address; omit only for documents with none, such as the seed report. */
  url: httpUrl.optional(),
  /** Who published it. */
  publisher: z.string().optional(),
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate.optional(),
});
export type Source = z.infer<typeof source>;

/** A public change note a reader sees under "Last updated". */
export const change = z.strictObject({
  date: isoDay,
  summary: z.string({ error: 'expected a one-line summary of the change' }).min(3),
});

/** Fields every page collection shares (guides, examples, segments, events, pages). */
export const pageFields = {
  title,
  summary,
  /** Public change notes, newest first. */
  changes: z.array(change).default([]),
  /** Date by which the owner re-checks the page. */
  reviewBy: isoDay.optional(),
  /** Old paths (e.g. `/toolbox/old-name/`) that must keep working after a move. */
  redirectFrom: z.array(z.string().regex(/^\/[a-z0-9/_-]*$/, { error: 'expected a site path such as /toolbox/old-name/' })).default([]),
  /** Old heading ids that must keep working, mapped to the current heading id. */
  anchors: z.record(z.string(), z.string()).default({}),
  /** Drafts are never published. */
  draft: z.boolean().default(false),
};

/** An enum whose error lists the allowed values, so a contributor can pick one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `${issue.input === undefined ? 'missing' : `"${String(issue.input)}" is not allowed`}; expected one of: ${values.join(', ')}`,
  });
}

export const SECURITY_AREAS = ['disaster-resilience', 'border-external-security', 'crime-terrorism', 'public-safety', 'health-security', 'other'] as const;
export const securityArea = oneOf(SECURITY_AREAS);
export type SecurityArea = z.infer<typeof securityArea>;

export { isoDay, partialDate };
