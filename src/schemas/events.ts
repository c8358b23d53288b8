import { z } from 'astro/zod';
import { countryCode, entryRef, guideAnchorRef, httpUrl, oneOf, pageFields, source } from './shared.ts';
import { endsBeforeStart, eventTime, isEventTime } from './dates.ts';

export const EVENT_KINDS = [
  'webinar',
  'training',
  'workshop',
  'conference',
  'symposium',
  'forum',
  'meeting',
  'trade-fair',
] as const;
export const MATERIAL_KINDS = ['slides', 'recording', 'handout', 'page'] as const;

/** A moment in a recording: `12:34` or `1:02:03`, linked to a guide section. */
const chapter = z.strictObject({
  time: z
    .string()
    .regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/, { error: 'expected a time in the recording such as 12:34 or 1:02:03' }),
  title: z.string().min(2),
  ref: guideAnchorRef,
});

/** Something a participant can take away: slides, a recording, a handout, or a guide. */
const material = z
  .strictObject({
    kind: oneOf(MATERIAL_KINDS),
    title: z.string().min(2),
    url: httpUrl.optional(),
    /** A guide, optionally a section of it: `guide-slug#section-id`. */
    ref: guideAnchorRef.optional(),
    chapters: z.array(chapter).default([]),
  })
  .refine((m) => (m.url === undefined) !== (m.ref === undefined), {
    error: 'give a material either a url or a ref to a guide, not both or neither',
  });

/**
 * Where an event took place: a country (with its city where a source names
 * one), or online. Leave it out when no source says where.
 */
const location = z.union(
  [
    z.strictObject({ city: z.string().min(2).optional(), country: countryCode, venue: z.string().optional() }),
    z.strictObject({ online: z.literal(true) }),
  ],
  { error: 'expected location: {city, country}, {country} or {online: true}' },
);

/** A webinar, training, workshop or conference: content/events/<slug>.mdx, published at /events/<slug>/. */
export const eventSchema = z
  .strictObject({
    ...pageFields,
    kind: oneOf(EVENT_KINDS),
    /** YYYY-MM when only the month is known, YYYY-MM-DD, or a date-time with offset. */
    start: eventTime,
    end: eventTime.optional(),
    /** Omitted when no source says where the event took place. */
    location: location.optional(),
    organiser: z.string().optional(),
    materials: z.array(material).default([]),
    related: z.array(entryRef).default([]),
    sources: z.array(source).min(1, { error: 'list at least one source' }),
  })
  // Compared as moments: across time zones, the text of an earlier end can sort after its start.
  .refine(
    (e) => e.end === undefined || !isEventTime(e.start) || !isEventTime(e.end) || !endsBeforeStart(e.start, e.end),
    {
      error: 'end must not be before start (times are compared with their UTC offsets)',
      path: ['end'],
    },
  );
export type Event = z.infer<typeof eventSchema>;
