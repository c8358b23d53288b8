/**
 * An iCalendar (RFC 5545) file for one event, written at build time so a
 * reader can add it to a calendar. Day-precision events become all-day
 * events; a moment with an offset is written in UTC. An event known only to
 * the month is never written: a calendar would show it as a month-long block,
 * a commitment no source made.
 */
import { parseEventTime } from './event-time.ts';

export interface IcsEvent {
  /** Stable across builds: the event's public URL makes a good one. */
  uid: string;
  title: string;
  description: string;
  url: string;
  start: string;
  end?: string | undefined;
  /** "Brussels, Belgium" or "Online"; undefined when no source says where. */
  location?: string | undefined;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
}

/**
 * Control characters a content line may not hold (RFC 5545 3.1: CONTROL, all
 * but tab), nor the Unicode line breaks some readers also split on. Line breaks
 * among them become a backslash and n; the rest are dropped, since a lone CR
 * is read as a line end by lenient readers and would start an injected line.
 */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
const CONTROL = /[\0-\x08\x0B-\x1F\x7F]/g;

/** A value with every line break written as a backslash and n, and no other control character: safe on one content line of .ics or .vcf. */
export function oneLine(value: string): string {
  return value.replace(LINE_BREAK, '\\n').replace(CONTROL, '');
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks, CR included (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return oneLine(value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,'));
}

/** Folds a content line at 75 octets, continuing with a space (RFC 5545 3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const day = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');

function dtProperty(name: 'DTSTART' | 'DTEND', date: Date, allDay: boolean): string {
  return allDay ? `${name};VALUE=DATE:${day(date)}` : `${name}:${utc(date)}`;
}

/** True when the event's start and end are known at least to the day, so a calendar can show it as it is. */
export function hasCalendarDates(event: { start: string; end?: string | undefined }): boolean {
  return [event.start, event.end].every((time) => time === undefined || parseEventTime(time).precision !== 'month');
}

/** One VEVENT's content lines, unfolded. */
function eventLines(event: IcsEvent): string[] {
  const start = parseEventTime(event.start);
  const end = event.end === undefined ? undefined : parseEventTime(event.end);
  const allDay = start.precision !== 'moment';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    dtProperty('DTSTART', start.start, allDay),
  ];
  // All-day ends are exclusive: the day after the last day. A moment without an end has none.
  if (allDay) lines.push(dtProperty('DTEND', (end ?? start).after, true));
  else if (end)
    lines.push(dtProperty('DTEND', end.precision === 'moment' ? end.start : end.after, end.precision !== 'moment'));
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  lines.push(`DESCRIPTION:${escapeText(`${event.description} ${event.url}`)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  lines.push(`URL:${oneLine(event.url)}`, 'END:VEVENT');
  return lines;
}

/** A calendar's name and description, shown by calendar apps that subscribe to it (RFC 7986 NAME, and the older X-WR-CALNAME). */
export interface IcsCalendar {
  name: string;
  description: string;
}

/**
 * The whole .ics file, lines folded and joined with CRLF as the standard
 * requires; a named calendar is one to subscribe to. Events known only to the
 * month are left out (see hasCalendarDates).
 */
export function calendarToIcs(events: readonly IcsEvent[], calendar?: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//iProcureNet//Knowledge Factory//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (calendar) {
    lines.push(
      `NAME:${escapeText(calendar.name)}`,
      `X-WR-CALNAME:${escapeText(calendar.name)}`,
      `DESCRIPTION:${escapeText(calendar.description)}`,
      `X-WR-CALDESC:${escapeText(calendar.description)}`,
    );
    // The site changes at most daily; calendar apps poll no more often than this.
    lines.push('REFRESH-INTERVAL;VALUE=DURATION:P1D', 'X-PUBLISHED-TTL:P1D');
  }
  for (const event of events.filter(hasCalendarDates)) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The .ics file for one event, beside its page. */
export function eventToIcs(event: IcsEvent): string {
  return calendarToIcs([event]);
}
