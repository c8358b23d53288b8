/** How an event's place reads: "Paris, France (Venue)" or "Online". */
import { countryName } from '../schemas/countries.ts';
import type { IcsEvent } from './ics.ts';
import { entryPath } from './urls.ts';
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

/** What the home page shows of events: the programme while one is coming, else what past events left behind. */
export type HomeEvents<E> =
  { show: 'upcoming'; events: E[] } | { show: 'material'; events: E[] } | { show: 'recent'; events: E[] };

/**
 * Upcoming events, soonest first, when there are any; otherwise the latest
 * past events that have material to take away (slides, recordings, pages);
 * otherwise the latest past events. At most `limit` each, so the home page
 * never presents a finished programme as news.
 */
export function homeEvents<E extends { data: { materials: readonly unknown[] } }>(
  split: { upcoming: readonly E[]; past: readonly E[] },
  limit = 3,
): HomeEvents<E> {
  if (split.upcoming.length > 0) return { show: 'upcoming', events: split.upcoming.slice(0, limit) };
  const withMaterial = split.past.filter((e) => e.data.materials.length > 0);
  if (withMaterial.length > 0) return { show: 'material', events: withMaterial.slice(0, limit) };
  return { show: 'recent', events: split.past.slice(0, limit) };
}

/**
 * Where a material leads: its own address, or the site path of the guide (and
 * section) it points to: `{ ref: 'identify-joint-needs#purpose' }` →
 * `/toolbox/identify-joint-needs/#purpose`.
 */
export function materialPath(material: { url?: string | undefined; ref?: string | undefined }): string {
  if (material.url) return material.url;
  const [slug = '', section] = (material.ref ?? '').split('#');
  return `${entryPath('guides', slug)}${section ? `#${section}` : ''}`;
}

/**
 * What a past event left to take away, in a few words for a listing:
 * `materialKinds([{ kind: 'slides' }, { kind: 'recording' }, { kind: 'slides' }], labels)`
 * is `Slides, Recording`; empty without materials.
 */
export function materialKinds(materials: readonly { kind: string }[], labels: Record<string, string>): string {
  return [...new Set(materials.map((m) => labels[m.kind] ?? m.kind))].join(', ');
}
