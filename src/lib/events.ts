/** How an event's place reads: "Paris, France (Venue)" or "Online". */
import { countryName } from '../schemas/countries.ts';
import type { IcsEvent } from './ics.ts';
import type { EVENT_KINDS } from '../schemas/events.ts';

export type EventLocation =
  { online: true } | { city?: string | undefined; country: string; venue?: string | undefined };

/** The place as a reader reads it; undefined when no place is known, which pages then leave out rather than guess. */
export function formatLocation(location: EventLocation | undefined): string | undefined {
  if (location === undefined) return undefined;
  if ('online' in location) return 'Online';
  const place = location.city ? `${location.city}, ${countryName(location.country)}` : countryName(location.country);
  return location.venue ? `${location.venue}, ${place}` : place;
}

/** `eventFileName('final-conference')` is `final-conference.ics`, beside the event's page. */
export function icsPath(slug: string): string {
  return `/events/${slug}.ics`;
}

/** What an event's calendar entry needs from its content entry. */
export interface CalendarSource {
  id: string;
  data: {
    title: string;
    summary: string;
    start: string;
    end?: string | undefined;
    location?: EventLocation | undefined;
    changes: readonly { date: string }[];
  };
}

/** An event as a calendar entry, its UID and link the event's public page (`pageUrl`). */
export function calendarEvent(entry: CalendarSource, pageUrl: string): IcsEvent {
  const newest = entry.data.changes
    .map((c) => c.date)
    .sort()
    .at(-1);
  return {
    uid: pageUrl,
    title: entry.data.title,
    description: entry.data.summary,
    url: pageUrl,
    start: entry.data.start,
    end: entry.data.end,
    location: formatLocation(entry.data.location),
    // The newest change note, not the build time, so rebuilding does not change the file.
    stamp: new Date(`${newest ?? entry.data.start.slice(0, 10).padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
  };
}

/** The calendar of every event, one file a reader can subscribe to. */
export const ALL_EVENTS_ICS = '/events.ics';

/** A kind's own list of events, the filter that works without JavaScript: `/events/kind/webinar/`. */
export function kindPath(kind: string): string {
  return `/events/kind/${kind}/`;
}

/** What a list of events of one kind is called. */
export const EVENT_KIND_PLURALS: Record<(typeof EVENT_KINDS)[number], string> = {
  webinar: 'Webinars',
  training: 'Trainings',
  workshop: 'Workshops',
  conference: 'Conferences',
  symposium: 'Symposiums',
  forum: 'Forums',
  meeting: 'Meetings',
  'trade-fair': 'Trade fairs',
};
