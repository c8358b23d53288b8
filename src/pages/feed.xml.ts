/** /feed.xml: an Atom feed of new and updated entries, newest first. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feed.ts';
import { siteEntries } from '../lib/published-pages.ts';
import { SITE_NAME } from '../lib/identity.ts';

const KINDS = {
  guides: 'Guide',
  examples: 'Example',
  segments: 'Segment',
  events: 'Event',
  pages: 'Page',
  decisions: 'Decision aid',
  timelines: 'Timeline',
} as const;

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, site).href;
  const entries = await siteEntries();
  const body = atomFeed({
    title: SITE_NAME,
    subtitle: 'New and updated guides, examples, segments, events and pages.',
    siteUrl: absolute('/'),
    feedUrl: absolute('/feed.xml'),
    items: entries.flatMap((e) =>
      e.updated
        ? [
            {
              title: e.title,
              summary: e.summary,
              url: absolute(e.path),
              updated: e.updated,
              change: e.change,
              category: KINDS[e.collection],
            },
          ]
        : [],
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
