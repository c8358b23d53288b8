/**
 * Who runs the site, from content/site.yaml, for the footer, About, the
 * accessibility statement, the privacy notice, the feed and the home page's
 * Organization data. A local or test build may have no settings file; pages
 * then leave the publisher's lines out rather than invent them, and a
 * published build refuses to start (src/lib/publisher-check.ts).
 */
import { published } from './collections.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** The settings entry, or undefined when content/site.yaml does not exist. */
export async function siteSettings(): Promise<SiteSettings | undefined> {
  return (await published('site'))[0]?.data;
}

/** `mailto:contact@iprocurenet.eu?subject=…`: the subject says which page the message is about. */
export function mailto(email: string, subject?: string): string {
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}
