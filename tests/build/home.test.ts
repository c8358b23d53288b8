/** The home page as a first-time reader meets it, read from the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startTags } from '../../scripts/lib/audit/html.ts';
import { SITE_NAME } from '../../src/lib/identity.ts';

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
