/**
 * An iCalendar file per event whose days are known, at /events/<slug>.ics,
 * generated at build time. An event known only to the month has none: a
 * calendar would show it as a month-long block.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { published } from '../../lib/collections.ts';
import { eventToIcs, hasCalendarDates } from '../../lib/ics.ts';
import { calendarEvent } from '../../lib/events.ts';
import { entryPath } from '../../lib/urls.ts';
import { entryPaths } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () => {
  const events = await published('events');
  return entryPaths(
    events.filter((entry) => hasCalendarDates(entry.data)),
    'slug',
    (entry) => ({ entry }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { entry } = props;
  const url = new URL(`${import.meta.env.BASE_URL}${entryPath('events', entry.id).slice(1)}`, site).href;
  return new Response(eventToIcs(calendarEvent(entry, url)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
