/**
 * schema.org data for search engines, as JSON-LD data blocks
 * (`<script type="application/ld+json">` is data, not script, so the CSP
 * does not apply to it). Built from plain values so tests can check them.
 */
import { countryName } from '../schemas/countries.ts';
import { SITE_NAME } from './identity.ts';

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

type JsonLd = Record<string, unknown>;

export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * When an article was first published (its `new` change note, else its
 * oldest) and last modified (its newest note, else its last review):
 * `articleDates([{ date: '2026-11-25', type: 'new' }, { date: '2026-12-01', type: 'update' }])`
 * is `{ datePublished: '2026-11-25', dateModified: '2026-12-01' }`.
 */
export function articleDates(
  changes: readonly { date: string; type: string }[],
  lastReviewed?: string,
): { datePublished?: string; dateModified?: string } {
  const dates = changes.map((c) => c.date).sort();
  const published = changes.find((c) => c.type === 'new')?.date ?? dates[0];
  const modified = dates.at(-1) ?? lastReviewed;
  return {
    ...(published ? { datePublished: published } : {}),
    ...(modified ? { dateModified: modified } : {}),
  };
}

export function article(input: {
  title: string;
  description: string;
  url: string;
  datePublished?: string | undefined;
  dateModified?: string | undefined;
  publisher: string;
  author?: string | undefined;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.author ? { author: { '@type': 'Organization', name: input.author } } : {}),
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}

/**
 * The Article of a page with an owner and a review date (a guide, a template):
 * dated by its newest change note, else its last review, and published by the site.
 */
export function ownedArticle(
  data: {
    title: string;
    summary: string;
    changes: readonly { date: string; type: string }[];
    lastReviewed: string;
    owner: string;
  },
  url: string,
): JsonLd {
  return article({
    title: data.title,
    description: data.summary,
    url,
    ...articleDates(data.changes, data.lastReviewed),
    publisher: SITE_NAME,
    author: data.owner,
  });
}

export interface EventInput {
  title: string;
  description: string;
  url: string;
  start: string;
  end?: string | undefined;
  location?: { online: true } | { city?: string | undefined; country: string; venue?: string | undefined } | undefined;
  organiser?: string | undefined;
}

/** A full calendar date, alone or leading a date-time: what Google's Event rules accept as startDate. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/**
 * Google's Event rich results require a full start date and a location. An
 * event the sources give only a month for, or no place, is described as a
 * plain web page about it instead: an Event with `"startDate": "2024-03"` or
 * without a location is an error in their rules, and guessing either is
 * inventing a fact.
 */
export function event(input: EventInput): JsonLd {
  const where = input.location;
  if (!FULL_DATE.test(input.start) || where === undefined || (input.end !== undefined && !FULL_DATE.test(input.end))) {
    return {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: input.title,
      description: input.description,
      url: input.url,
    };
  }
  const online = 'online' in where;
  const location = online
    ? { '@type': 'VirtualLocation', url: input.url }
    : {
        '@type': 'Place',
        name: where.venue ?? where.city ?? countryName(where.country),
        address: {
          '@type': 'PostalAddress',
          ...(where.city ? { addressLocality: where.city } : {}),
          addressCountry: where.country,
        },
      };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.title,
    description: input.description,
    url: input.url,
    startDate: input.start,
    ...(input.end ? { endDate: input.end } : {}),
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    ...(input.organiser ? { organizer: { '@type': 'Organization', name: input.organiser } } : {}),
  };
}

/** The directory: the network as an organisation with one ContactPoint per national contact. */
export function contactPoints(input: {
  name: string;
  url: string;
  contacts: readonly { email: string; country: string; name: string; organisation: string }[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    contactPoint: input.contacts.map((c) => ({
      '@type': 'ContactPoint',
      contactType: 'national contact point',
      email: c.email,
      areaServed: c.country,
      name: `${c.name}, ${c.organisation}`,
    })),
  };
}

export interface Publisher {
  name: string;
  url?: string | undefined;
  email: string;
}

/**
 * The home page's data: the site as a WebSite with its search (Google's
 * sitelinks search box reads `potentialAction`), and the publisher as an
 * Organization with its contact address, both linked by `@id` so search
 * engines know one publishes the other. Without settings, the WebSite alone.
 */
export function homeJsonLd(input: {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  description: string;
  /** Absolute search URL with `{search_term_string}` where the words go. */
  searchUrl: string;
  publisher?: Publisher | undefined;
}): JsonLd[] {
  const organisationId = `${input.url}#publisher`;
  const website: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: 'en',
    ...(input.publisher ? { publisher: { '@id': organisationId } } : {}),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrl },
      'query-input': 'required name=search_term_string',
    },
  };
  if (!input.publisher) return [website];
  const organisation: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organisationId,
    name: input.publisher.name,
    ...(input.publisher.url ? { url: input.publisher.url } : {}),
    email: input.publisher.email,
    contactPoint: { '@type': 'ContactPoint', contactType: 'general enquiries', email: input.publisher.email },
  };
  return [website, organisation];
}

/** JSON safe inside a `<script>` element: `<` is escaped so no text can close it. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
