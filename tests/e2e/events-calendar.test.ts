import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { siteAddress, useBrowser } from './reader-support.ts';

const dir = inject('siteDir');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const eventPages = () =>
  readdirSync(join(dir, 'events')).filter(
    (name) => name !== 'kind' && name !== 'past' && existsSync(join(dir, 'events', name, 'index.html')),
  );
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );

describe('the calendar of all events', () => {
  it('holds one VEVENT per event page whose days are known, none for an event known only to the month, and is linked from /events/', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('events.ics')));
    const uids = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    const slugs = eventPages();
    expect(slugs.length).toBeGreaterThan(0);
    // The page says when: the first <time> under "When" is the start, YYYY-MM for an event known only to the month.
    const start = (slug: string) =>
      /<dt>When<\/dt><dd><time datetime="([^"]+)"/.exec(read(`events/${slug}/index.html`))?.[1] ?? '';
    const dated = slugs.filter((slug) => !/^\d{4}-\d{2}$/.test(start(slug)));
    expect(uids.map((uid) => new URL(uid).pathname).sort()).toEqual(dated.map((slug) => `/events/${slug}/`).sort());
    for (const slug of slugs) expect(existsSync(join(dir, 'events', `${slug}.ics`)), slug).toBe(dated.includes(slug));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
    expect(read('events/index.html')).toContain('href="/events.ics"');
  });
});

describe('events by kind', () => {
  it('gives each kind a page listing exactly its events, linked from /events/ when it has any', () => {
    const index = read('events/index.html');
    const kinds = readdirSync(join(dir, 'events/kind'));
    expect(kinds.length).toBeGreaterThan(0);
    const pages = kinds.map((kind) => read(`events/kind/${kind}/index.html`));
    // A kind with events is offered on /events/; one without keeps its page (its address stays) but is not offered.
    kinds.forEach((kind, i) => {
      const listsEvents = /<li><a href="\/events\/[^"/]+\/"/.test(pages[i]!);
      expect(index.includes(`href="/events/kind/${kind}/"`), kind).toBe(listsEvents);
    });
    // Every event is on exactly one kind's page.
    for (const slug of eventPages())
      expect(
        pages.filter((html) => html.includes(`href="/events/${slug}/"`)),
        slug,
      ).toHaveLength(1);
  });
});

describe('Event JSON-LD', () => {
  it('is emitted only with a full start date and a location, as Google requires', () => {
    let events = 0;
    for (const slug of eventPages()) {
      for (const data of jsonLd(read(`events/${slug}/index.html`)).filter((d) => d['@type'] === 'Event')) {
        events += 1;
        expect(String(data['startDate']), slug).toMatch(/^\d{4}-\d{2}-\d{2}/);
        if (data['endDate'] !== undefined) expect(String(data['endDate']), slug).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(data['location'], slug).toBeTruthy();
        expect(String(data['eventAttendanceMode']), slug).toMatch(
          /^https:\/\/schema\.org\/(On|Off)lineEventAttendanceMode$/,
        );
      }
    }
    expect(events).toBeGreaterThan(0);
  });
});

describe('the kind filter in a browser', () => {
  const browser = useBrowser();

  it('filters the list in place with JavaScript, keeping the kind in the address', async () => {
    const page = await browser().newPage();
    await page.goto(siteAddress('/events/'));
    const kinds = readdirSync(join(dir, 'events/kind'));
    const kind = kinds[0]!;
    const expected = [...read(`events/kind/${kind}/index.html`).matchAll(/<li><a href="(\/events\/[^"/]+\/)"/g)]
      .map((m) => m[1])
      .sort();
    await page.locator(`.event-kinds a[data-kind="${kind}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === kind);
    const shown = await page.$$eval('main li:not([hidden]) > a[href^="/events/"]', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(shown.filter((href) => !href?.startsWith('/events/kind/') && href !== '/events/').sort()).toEqual(expected);
    expect(await page.locator(`.event-kinds a[data-kind="${kind}"]`).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('lets the kind links load the kind’s page without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteAddress('/events/'));
    const link = page.locator('.event-kinds a[data-kind]:not([data-kind=""])').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await context.close();
  });
});
