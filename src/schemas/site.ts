import { z } from 'astro/zod';
import { httpUrl, source } from './shared.ts';

const email = z.email({
  error: (issue) =>
    issue.input === undefined
      ? 'missing; write the e-mail address readers can write to, e.g. contact@iprocurenet.eu'
      : `"${String(issue.input)}" is not an e-mail address; write one such as contact@iprocurenet.eu`,
});

const text = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(20, { error: `expected ${what}, in at least one full sentence` });

/**
 * Who runs the site and how to reach them: the only item of content/site.yaml,
 * written `- id: site`. Read by the footer on every page, About, the
 * accessibility statement, the privacy notice, the feed and the home page's
 * Organization data. A published build (`npm run build:deploy`) refuses to run
 * without it. Name only what a source gives: no person, address or legal
 * entity that no source names.
 */
export const siteSettingsSchema = z.strictObject({
  /** Always `site`: the settings are one entry. */
  id: z.literal('site', { error: 'the settings are one entry, written "- id: site"' }),
  /** Who publishes the site, as readers should name it: "iProcureNet network". */
  publisher: z.string({ error: 'expected the name of who publishes the site' }).trim().min(3),
  /** The publisher's own website, when it has one. */
  publisherUrl: httpUrl.optional(),
  /** The general address for questions, feedback and accessibility requests. */
  email,
  /** The legal notice (who is responsible for the site and its content), shown on About. */
  legalNotice: text('the legal notice: who publishes the site and what they answer for'),
  /** Who decides what happens to personal data sent to the site's publisher, for the privacy notice. */
  dataController: z.strictObject({
    name: z.string({ error: 'expected the name of the data controller' }).trim().min(3),
    email,
  }),
  /** The EU funding statement shown beside the EU emblem, and the disclaimer that must follow it. */
  funding: z.strictObject({
    statement: text('the funding statement, naming the programme and grant agreement'),
    disclaimer: text("the disclaimer: the content reflects only the authors' view"),
  }),
  /** Where the publisher's name, address and funding come from. */
  sources: z.array(source).min(1, { error: 'name the source of the publisher and contact address' }),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
