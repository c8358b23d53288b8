/** /robots.txt: everything may be indexed; the sitemap's address depends on KF_SITE and KF_BASE, so it is written at build time. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap.xml`, site).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
