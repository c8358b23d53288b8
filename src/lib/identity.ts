/** The site's name as readers see it, in titles, Open Graph and feeds. */
export const SITE_NAME = 'iProcureNet Knowledge Factory';

/** Today at build time, YYYY-MM-DD: "upcoming" events and overdue reviews are judged against it. */
export function buildDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
