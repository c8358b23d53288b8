/**
 * /events.ics: every event, upcoming and past, in one calendar a reader can
 * subscribe to, so new events appear in their calendar without a visit.
 */
import type { APIRoute } from 'astro';
import { published } from '../lib/collections.ts';
import { calendarToIcs } from '../lib/ics.ts';
import { calendarEvent } from '../lib/events.ts';
import { entryPath } from '../lib/urls.ts';
import { SITE_NAME } from '../lib/identity.ts';

export const GET: APIRoute = async ({ site }) => {
  const events = [...(await published('events'))].sort(
    (a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id),
  );
  const page = (id: string) => new URL(`${import.meta.env.BASE_URL}${entryPath('events', id).slice(1)}`, site).href;
  const body = calendarToIcs(
    events.map((entry) => calendarEvent(entry, page(entry.id))),
    {
      name: `${SITE_NAME}: events`,
      description: 'Webinars, workshops, conferences and trainings of the iProcureNet network.',
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
