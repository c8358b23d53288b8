/** /sitemap.xml: every public page, with its last change where known. */
import type { APIRoute } from 'astro';
import { sitemap } from '../lib/feed.ts';
import { INDEX_PATHS, siteEntries } from '../lib/published-pages.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, site).href;
  const entries = await siteEntries();
  const body = sitemap([
    ...INDEX_PATHS.map((path) => ({ url: absolute(path) })),
    ...entries.map((e) => ({ url: absolute(e.path), lastmod: e.updated })),
  ]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
