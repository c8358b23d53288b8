/** The home page as a first-time reader meets it, read from the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startTags } from '../../scripts/lib/audit/html.ts';
import { SITE_NAME } from '../../src/lib/identity.ts';
import { parse } from 'yaml';
import { existsSync, readdirSync } from 'node:fs';

const home = readFileSync(join(inject('siteDir'), 'index.html'), 'utf8');
const between = (from: string, to: string) => home.slice(home.indexOf(from), home.indexOf(to, home.indexOf(from)));

describe('the home page', () => {
  it('has an h1 that says what the site is for, not the site name again', () => {
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(home)?.[1]?.trim();
    expect(h1).toBeTruthy();
    expect(h1).not.toBe(SITE_NAME);
  });

  it('gives procurers, trainers, and contact points and contributors one route each, leading to the toolbox, the printable toolbox and the directory', () => {
    const routes = between('<ul class="cards routes"', '</section>');
    const who = [...routes.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(who).toEqual(['Procurers', 'Trainers', 'Contact points and contributors']);
    const main = startTags(routes)
      .filter((t) => t.name === 'a' && t.attributes['class'] === 'button')
      .map((t) => t.attributes['href']);
    expect(main).toEqual(['/toolbox/', '/toolbox/print/', '/directory/']);
  });

  it('says what changed in each update instead of repeating the change note "First published."', () => {
    const updates = between('<h2 id="updates"', '</section>');
    expect(updates).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(updates).not.toContain('First published');
    expect(updates).toMatch(/<p class="meta">(New [a-z ]+|Updated: .+)<\/p>/);
  });

  it('says each date of the latest updates once', () => {
    const dates = [...between('<h2 id="updates"', '</section>').matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(dates).size).toBe(dates.length);
  });
});

/** The JSON-LD objects of a page, each parsed: a block that is not JSON fails here, as it would for a search engine. */
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );

describe('structured data and sharing', () => {
  const dist = inject('siteDir');
  const [settings] = parse(readFileSync('content/site.yaml', 'utf8')) as { publisher: string; email: string }[];

  it('describes the site as a WebSite with its search, published by the Organization of content/site.yaml', () => {
    const data = jsonLd(home);
    const website = data.find((d) => d['@type'] === 'WebSite');
    const organisation = data.find((d) => d['@type'] === 'Organization');
    expect(website).toMatchObject({ '@context': 'https://schema.org', name: SITE_NAME });
    expect(String(website?.['url'])).toMatch(/^https?:\/\/[^/]+\/$/);
    expect(website?.['publisher']).toEqual({ '@id': organisation?.['@id'] });
    const action = website?.['potentialAction'] as { target: { urlTemplate: string }; 'query-input': string };
    expect(action.target.urlTemplate).toBe(`${String(website?.['url'])}search/?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
    expect(organisation).toMatchObject({ name: settings?.publisher, email: settings?.email });
  });

  it('dates every guide: published no later than modified, both calendar days', () => {
    const guides = readdirSync(join(dist, 'toolbox'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dist, 'toolbox', d.name, 'index.html')))
      .map((d) => readFileSync(join(dist, 'toolbox', d.name, 'index.html'), 'utf8'))
      .flatMap((html) => jsonLd(html).filter((d) => d['@type'] === 'Article'));
    expect(guides.length).toBeGreaterThan(5);
    for (const article of guides) {
      expect(article['datePublished'], String(article['url'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article['dateModified'], String(article['url'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(article['datePublished']) <= String(article['dateModified'])).toBe(true);
    }
  });

  it('gives links shared in other apps a title, a description and a 1200 × 630 card at an absolute address', () => {
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(home)?.[1];
    expect(meta('og:title')).toBe(SITE_NAME);
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:type')).toBe('website');
    expect(meta('twitter:card')).toBe('summary_large_image');
    const card = new URL(meta('og:image') ?? '');
    expect(card.protocol).toMatch(/^https?:$/);
    expect(existsSync(join(dist, card.pathname))).toBe(true);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
  });
});
