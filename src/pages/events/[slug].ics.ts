/** An iCalendar file per event, at /events/<slug>.ics, generated at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { published } from '../../lib/site-data.ts';
import { eventToIcs } from '../../lib/ics.ts';
import { formatLocation } from '../../lib/events.ts';
import { entryPath } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const events = await published('events');
  return events.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'events'> };
  const url = new URL(`${import.meta.env.BASE_URL}${entryPath('events', entry.id).slice(1)}`, site).href;
  const newest = [...entry.data.changes].map((c) => c.date).sort().at(-1);
  const body = eventToIcs({
    uid: url,
    title: entry.data.title,
    description: entry.data.summary,
    url,
    start: entry.data.start,
    end: entry.data.end,
    location: entry.data.location ? formatLocation(entry.data.location) : undefined,
    // The newest change note, not the build time, so rebuilding does not change the file.
    stamp: new Date(`${newest ?? entry.data.start.slice(0, 10).padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
