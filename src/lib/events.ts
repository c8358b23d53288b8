/** How an event's place reads: "Paris, France (Venue)" or "Online". */
import { countryName } from '../schemas/countries.ts';

export type EventLocation = { online: true } | { city?: string | undefined; country: string; venue?: string | undefined };

/** Said plainly when no source gives the place, rather than left blank or guessed. */
export const LOCATION_UNKNOWN = 'Location not stated in the sources';

export function formatLocation(location: EventLocation | undefined): string {
  if (location === undefined) return LOCATION_UNKNOWN;
  if ('online' in location) return 'Online';
  const place = location.city ? `${location.city}, ${countryName(location.country)}` : countryName(location.country);
  return location.venue ? `${location.venue}, ${place}` : place;
}

/** `eventFileName('final-conference')` is `final-conference.ics`, beside the event's page. */
export function icsPath(slug: string): string {
  return `/events/${slug}.ics`;
}
