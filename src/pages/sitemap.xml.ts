/**
 * /sitemap.xml: every public page, with its last change where known.
 *
 * Kept rather than @astrojs/sitemap, which Starlight uses: that integration
 * publishes /sitemap-index.xml and /sitemap-0.xml, so the /sitemap.xml that
 * robots.txt and search consoles already point to would disappear; and it
 * sees only URLs, so each page's <lastmod> (its newest change note) would
 * mean reading and validating the content a second time in astro.config.mjs.
 * Here the list comes from the same published collections as the feed.
 */
import type { APIRoute } from 'astro';
import { sitemap } from '../lib/feed.ts';
import { INDEX_PATHS, siteEntries } from '../lib/published-pages.ts';
import { decisionStepPaths } from '../lib/toolkit-pages.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, site).href;
  const entries = await siteEntries();
  const body = sitemap([
    ...INDEX_PATHS.map((path) => ({ url: absolute(path) })),
    ...entries.map((e) => ({ url: absolute(e.path), lastmod: e.updated })),
    ...(await decisionStepPaths()).map((path) => ({ url: absolute(path) })),
  ]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
