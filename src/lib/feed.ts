/**
 * The Atom feed (RFC 4287) of new and updated entries, and the sitemap: both
 * plain XML strings built from plain values at build time.
 */
import { escapeUTF8 } from 'entities';

export interface FeedItem {
  title: string;
  summary: string;
  /** Absolute URL. */
  url: string;
  /** YYYY-MM-DD of the newest change. */
  updated: string;
  /** What changed, when a change note says so. */
  change?: string | undefined;
  category: string;
}

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than
 * tab, LF and CR, lone surrogates and U+FFFE/U+FFFF. One of them in a title
 * would make the whole feed not well-formed, so readers would drop it.
 */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text safe as XML character data or an attribute value: characters XML cannot
 * carry removed, then the five markup characters escaped by `entities` (which
 * writes XML's own names, `&apos;` among them, and leaves other text as it is).
 */
export function escapeXml(text: string): string {
  return escapeUTF8(text.replace(NOT_XML, ''));
}

const atomDate = (day: string) => `${day.slice(0, 10)}T00:00:00Z`;

/** Newest first, at most `limit` entries; equal dates fall back to title so the feed is reproducible. */
export function newestItems(items: readonly FeedItem[], limit = 50): FeedItem[] {
  return [...items]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'en'))
    .slice(0, limit);
}

export function atomFeed(input: {
  title: string;
  subtitle: string;
  siteUrl: string;
  feedUrl: string;
  items: readonly FeedItem[];
  limit?: number;
  /** Who publishes the feed (Atom requires an author); the network's name when the settings give none. */
  author?: string | undefined;
}): string {
  const items = newestItems(input.items, input.limit);
  const updated = items[0]?.updated ?? '1970-01-01';
  const entries = items.map(
    (item) => `  <entry>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(item.url)}"/>
    <id>${escapeXml(item.url)}</id>
    <updated>${atomDate(item.updated)}</updated>
    <category term="${escapeXml(item.category)}"/>
    <summary>${escapeXml(item.change ? `${item.change} ${item.summary}` : item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${escapeXml(input.title)}</title>
  <subtitle>${escapeXml(input.subtitle)}</subtitle>
  <link href="${escapeXml(input.siteUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>
  <id>${escapeXml(input.feedUrl)}</id>
  <updated>${atomDate(updated)}</updated>
  <author><name>${escapeXml(input.author ?? 'iProcureNet network')}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** A sitemap (sitemaps.org 0.9) of absolute URLs, with a last-modified day where one is known. */
export function sitemap(urls: readonly { url: string; lastmod?: string | undefined }[]): string {
  const body = [...urls]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map(
      (u) =>
        `  <url><loc>${escapeXml(u.url)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</urlset>
`;
}
