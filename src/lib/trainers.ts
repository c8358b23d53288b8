/**
 * What trainers need from events: which guide sections a recording covers and
 * at what moment, so a guide can say "covered in <webinar> at 12:34" and link
 * straight to that moment.
 */

/** Seconds into a recording: `12:34` is 754, `1:02:03` is 3723. */
export function recordingSeconds(time: string): number {
  return time.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** ISO 8601 duration for a `<time datetime>`: `12:34` is `PT12M34S`. */
export function isoDuration(time: string): string {
  const seconds = recordingSeconds(time);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/**
 * The address of a moment in a recording: YouTube takes `t=754s`, Vimeo
 * `#t=754s`; other players get the W3C media fragment `#t=754`.
 */
export function momentUrl(url: string, time: string): string {
  const seconds = recordingSeconds(time);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'm.youtube.com') {
    parsed.searchParams.set('t', `${seconds}s`);
    return parsed.href;
  }
  parsed.hash = host === 'vimeo.com' ? `t=${seconds}s` : `t=${seconds}`;
  return parsed.href;
}

export interface EventLike {
  id: string;
  data: {
    title: string;
    materials: readonly {
      kind: string;
      title: string;
      url?: string | undefined;
      ref?: string | undefined;
      chapters: readonly { time: string; title: string; ref: string }[];
    }[];
  };
}

export interface Coverage {
  /** Section id in the guide; undefined when the whole guide is covered. */
  section: string | undefined;
  eventId: string;
  eventTitle: string;
  materialTitle: string;
  /** `12:34`, for chapters of a recording. */
  time?: string;
  /** The recording at that moment, or undefined when the material has no address (then link the event page). */
  href?: string;
}

/**
 * Every place an event covers each guide, keyed by guide slug, in event order
 * then time: built once per build, since each guide page asks for its own.
 */
export function coverageIndex(events: readonly EventLike[]): Map<string, Coverage[]> {
  const index = new Map<string, Coverage[]>();
  const add = (ref: string, item: Omit<Coverage, 'section'>) => {
    const [guide = '', section] = ref.split('#');
    const list = index.get(guide) ?? [];
    list.push({ ...item, section });
    index.set(guide, list);
  };
  for (const event of events) {
    for (const material of event.data.materials) {
      const base = { eventId: event.id, eventTitle: event.data.title, materialTitle: material.title };
      if (material.ref) add(material.ref, base);
      for (const chapter of material.chapters) {
        add(
          chapter.ref,
          material.url
            ? { ...base, time: chapter.time, href: momentUrl(material.url, chapter.time) }
            : { ...base, time: chapter.time },
        );
      }
    }
  }
  return index;
}

/** Every place an event covers the guide `slug`, e.g. a chapter `{time: '12:34', ref: 'slug#why'}`. */
export function coverageOf(slug: string, events: readonly EventLike[]): Coverage[] {
  return coverageIndex(events).get(slug) ?? [];
}
