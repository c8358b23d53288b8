import { describe, expect, it } from 'vitest';
import {
  article,
  articleDates,
  breadcrumbList,
  contactPoints,
  event,
  homeJsonLd,
  ownedArticle,
  serialiseJsonLd,
} from '../../src/lib/jsonld.ts';
import { SITE_NAME } from '../../src/lib/identity.ts';

describe('breadcrumbList', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const data = breadcrumbList([
      { name: 'Home', url: 'https://x.org/' },
      { name: 'Toolbox', url: 'https://x.org/toolbox/' },
    ]);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/' },
        { '@type': 'ListItem', position: 2, name: 'Toolbox', item: 'https://x.org/toolbox/' },
      ],
    });
  });
});

describe('article', () => {
  it('names the owner as author and leaves out an unknown modification date', () => {
    const data = article({
      title: 'T',
      description: 'D',
      url: 'https://x.org/toolbox/t/',
      publisher: 'KF',
      author: 'Team',
    });
    expect(data['author']).toEqual({ '@type': 'Organization', name: 'Team' });
    expect('dateModified' in data).toBe(false);
  });
});

describe('articleDates', () => {
  it('publishes on the `new` note and modifies on the newest note', () => {
    expect(
      articleDates(
        [
          { date: '2026-12-01', type: 'update' },
          { date: '2026-11-25', type: 'new' },
        ],
        '2026-11-20',
      ),
    ).toEqual({ datePublished: '2026-11-25', dateModified: '2026-12-01' });
  });

  it('falls back to the oldest note for publication and the review for modification', () => {
    expect(articleDates([{ date: '2026-11-25', type: 'update' }])).toEqual({
      datePublished: '2026-11-25',
      dateModified: '2026-11-25',
    });
    expect(articleDates([], '2026-11-20')).toEqual({ dateModified: '2026-11-20' });
    expect(articleDates([])).toEqual({});
  });

  it('carries both dates into the Article', () => {
    const data = article({
      title: 'T',
      description: 'D',
      url: 'https://x.org/toolbox/t/',
      publisher: 'P',
      ...articleDates([{ date: '2026-11-25', type: 'new' }]),
    });
    expect(data).toMatchObject({ datePublished: '2026-11-25', dateModified: '2026-11-25' });
  });
});

describe('homeJsonLd', () => {
  const input = {
    name: 'Knowledge Factory',
    url: 'https://x.org/kf/',
    description: 'What the site is for.',
    searchUrl: 'https://x.org/kf/search/?q={search_term_string}',
  };

  it('describes the site with its search and its publisher as an Organization, linked by @id', () => {
    const [website, organisation] = homeJsonLd({
      ...input,
      publisher: { name: 'iProcureNet network', url: 'https://www.iprocurenet.eu/', email: 'contact@iprocurenet.eu' },
    });
    expect(website).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      url: 'https://x.org/kf/',
      publisher: { '@id': 'https://x.org/kf/#publisher' },
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://x.org/kf/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(organisation).toMatchObject({
      '@type': 'Organization',
      '@id': 'https://x.org/kf/#publisher',
      name: 'iProcureNet network',
      email: 'contact@iprocurenet.eu',
      contactPoint: { '@type': 'ContactPoint', email: 'contact@iprocurenet.eu' },
    });
  });

  it('gives the WebSite alone, naming no publisher, when the settings name none', () => {
    const data = homeJsonLd(input);
    expect(data).toHaveLength(1);
    expect(data[0]).not.toHaveProperty('publisher');
  });
});

describe('event', () => {
  it('describes an online event on a full date with a virtual location', () => {
    const data = event({
      title: 'W',
      description: 'D',
      url: 'https://x.org/events/w/',
      start: '2024-02-06',
      location: { online: true },
    });
    expect(data['@type']).toBe('Event');
    expect(data['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(data['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://x.org/events/w/' });
    expect(data['startDate']).toBe('2024-02-06');
  });

  it('describes an event in a place with its city and country', () => {
    const data = event({
      title: 'F',
      description: 'D',
      url: 'u',
      start: '2023-09-12',
      end: '2023-09-13',
      location: { city: 'Nicosia', country: 'CY' },
    });
    expect(data['eventAttendanceMode']).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data['location']).toEqual({
      '@type': 'Place',
      name: 'Nicosia',
      address: { '@type': 'PostalAddress', addressLocality: 'Nicosia', addressCountry: 'CY' },
    });
    expect(data['endDate']).toBe('2023-09-13');
  });

  it('names a place known only by its country after the country', () => {
    const data = event({ title: 'F', description: 'D', url: 'u', start: '2023-09-12', location: { country: 'CY' } });
    expect(data['location']).toMatchObject({ '@type': 'Place', name: 'Cyprus', address: { addressCountry: 'CY' } });
  });

  it("emits no Event for a month-only date or an unknown place, which Google's Event rules reject", () => {
    for (const input of [
      { start: '2024-03', location: { city: 'Paris', country: 'FR' } },
      { start: '2024-03-05', end: '2024-04', location: { city: 'Paris', country: 'FR' } },
      { start: '2022-03-03', location: undefined },
    ]) {
      const data = event({ title: 'T', description: 'D', url: 'https://x.org/e/', ...input });
      expect(data['@type']).toBe('WebPage');
      expect(data).not.toHaveProperty('startDate');
      expect(data['url']).toBe('https://x.org/e/');
    }
  });

  it('accepts a date-time with an offset as a full date', () => {
    expect(
      event({ title: 'T', description: 'D', url: 'u', start: '2024-03-05T10:00:00+01:00', location: { online: true } })[
        '@type'
      ],
    ).toBe('Event');
  });
});

describe('contactPoints', () => {
  it('lists one ContactPoint per contact with its e-mail and country', () => {
    const data = contactPoints({
      name: 'N',
      url: 'u',
      contacts: [{ email: 'a@b.eu', country: 'EE', name: 'A', organisation: 'O' }],
    });
    expect(data['contactPoint']).toEqual([
      {
        '@type': 'ContactPoint',
        contactType: 'national contact point',
        email: 'a@b.eu',
        areaServed: 'EE',
        name: 'A, O',
      },
    ]);
  });
});

describe('serialiseJsonLd', () => {
  it('escapes < so no value can close the script element', () => {
    const text = serialiseJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('the Article of an owned page', () => {
  const data = { title: 'T', summary: 'S', owner: 'Editors', lastReviewed: '2026-11-01' };

  it('is published on its first note, dated by its newest, authored by its owner and published by the site', () => {
    const ld = ownedArticle(
      {
        ...data,
        changes: [
          { date: '2026-10-01', type: 'new' },
          { date: '2026-12-05', type: 'update' },
        ],
      },
      'https://x.org/a/',
    );
    expect(ld).toMatchObject({
      datePublished: '2026-10-01',
      dateModified: '2026-12-05',
      author: { name: 'Editors' },
      publisher: { name: SITE_NAME },
      mainEntityOfPage: 'https://x.org/a/',
    });
  });

  it('falls back to the review date when there is no change note', () => {
    expect(ownedArticle({ ...data, changes: [] }, 'https://x.org/a/')).toMatchObject({ dateModified: '2026-11-01' });
  });
});
