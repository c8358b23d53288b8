/** How an event's place reads: "Paris, France (Venue)" or "Online". */
import { countryName } from '../schemas/countries.ts';

export type EventLocation = { online: true } | { city: string; country: string; venue?: string | undefined };

export function formatLocation(location: EventLocation): string {
  if ('online' in location) return 'Online';
  const place = `${location.city}, ${countryName(location.country)}`;
  return location.venue ? `${location.venue}, ${place}` : place;
}

/** `eventFileName('final-conference')` is `final-conference.ics`, beside the event's page. */
export function icsPath(slug: string): string {
  return `/events/${slug}.ics`;
}
