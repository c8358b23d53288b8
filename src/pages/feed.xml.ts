/** /feed.xml: an Atom feed of new, corrected and updated entries, newest first; editorial changes are left out. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feed.ts';
import { siteEntries } from '../lib/published-pages.ts';
import { SITE_NAME } from '../lib/identity.ts';
import { TYPE_LABELS } from '../lib/search/facet-list.ts';
import { asSentence, describeChange } from '../lib/updates.ts';
import { siteSettings } from '../lib/site-settings.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, site).href;
  const [entries, settings] = await Promise.all([siteEntries(), siteSettings()]);
  const body = atomFeed({
    title: SITE_NAME,
    subtitle: 'New and updated guides, examples, segments, events, templates and pages.',
    siteUrl: absolute('/'),
    feedUrl: absolute('/feed.xml'),
    author: settings?.publisher,
    items: entries.flatMap((e) =>
      e.news
        ? [
            {
              title: e.title,
              summary: e.summary,
              url: absolute(e.path),
              updated: e.news.date,
              change: asSentence(describeChange(e.news, TYPE_LABELS[e.collection].toLowerCase())),
              category: TYPE_LABELS[e.collection],
            },
          ]
        : [],
    ),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
