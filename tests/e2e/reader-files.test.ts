import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { RESERVED_GUIDE_SLUGS } from '../../src/lib/toolbox-sections.ts';

const dir = inject('siteDir');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const filesIn = (folder: string, extension: string) =>
  readdirSync(join(dir, folder)).filter((name) => name.endsWith(extension));

describe('files generated for readers at build time', () => {
  it('include a calendar file per event page whose days are known, that parses back with the event title', () => {
    const events = readdirSync(join(dir, 'events')).filter(
      (name) => existsSync(join(dir, 'events', name, 'index.html')) && existsSync(join(dir, 'events', `${name}.ics`)),
    );
    expect(events.length).toBeGreaterThan(0);
    for (const slug of events) {
      const vevent = new ICAL.Component(ICAL.parse(read(`events/${slug}.ics`))).getFirstSubcomponent('vevent');
      expect(vevent, `events/${slug}.ics`).not.toBeNull();
      const title = /<h1>([^<]*)<\/h1>/
        .exec(read(`events/${slug}/index.html`))?.[1]
        ?.replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(new ICAL.Event(vevent!).summary).toBe(title);
      // The page offers the file only while the event is to come: a past event is not added to a calendar.
      const page = read(`events/${slug}/index.html`);
      expect(page.includes(`href="/events/${slug}.ics"`), slug).toBe(!page.includes('· Past event</p>'));
    }
  });

  it('include a vCard per contact point of the directory', () => {
    const html = read('directory/index.html');
    const cards = filesIn('directory', '.vcf');
    expect(cards.length).toBeGreaterThanOrEqual(9);
    for (const file of cards) {
      const card = new ICAL.Component(ICAL.parse(read(`directory/${file}`)));
      const email = String(card.getFirstPropertyValue('email'));
      expect(html).toContain(`href="mailto:${email}"`);
      expect(html).toContain(`href="/directory/${file}"`);
    }
  });

  it('include a sitemap listing every page of every collection, and robots.txt pointing to it', () => {
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const section of ['toolbox', 'examples', 'segments', 'events']) {
      // The printable toolbox repeats the guides on one page for paper; search engines get the guides themselves.
      for (const name of readdirSync(join(dir, section)).filter(
        (n) =>
          existsSync(join(dir, section, n, 'index.html')) &&
          !(section === 'toolbox' && RESERVED_GUIDE_SLUGS.includes(n)),
      )) {
        expect(locs).toContain(`/${section}/${name}/`);
      }
    }
    expect(locs).toEqual(expect.arrayContaining(['/', '/directory/', '/glossary/', '/about/']));
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  it('include an Atom feed of entries with their addresses and update dates', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00Z<\/updated>/);
      const path = new URL(/<id>([^<]+)<\/id>/.exec(entry)![1]!).pathname;
      expect(existsSync(join(dir, path, 'index.html')), path).toBe(true);
    }
  });
});
