/**
 * The toolbox as a reader walks it, read from the built pages: the order the
 * toolbox page lists, the previous/next links of each guide, and the
 * printable toolbox. Rules, not today's guides: any content must satisfy them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startTags } from '../../scripts/lib/audit/html.ts';

const dist = inject('siteDir');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const fileOf = (href: string) => `${href.replace(/^\//, '')}index.html`;

/** The guide links inside one part of the toolbox page, in page order. */
function guideLinks(html: string, from: string, to: string | undefined): string[] {
  const start = html.indexOf(from);
  const part = html.slice(start, to ? html.indexOf(to, start) : undefined);
  return startTags(part)
    .filter(
      (t) =>
        t.name === 'a' &&
        /^\/toolbox\/[a-z0-9-]+\/$/.test(t.attributes['href'] ?? '') &&
        t.attributes['href'] !== '/toolbox/print/',
    )
    .map((t) => t.attributes['href'] ?? '');
}

const toolbox = read('toolbox/index.html');
// The stepper ends where the first section after it (reference guides, or guides by instrument) begins.
const journey = [...new Set(guideLinks(toolbox, '<ol class="stepper"', '<section aria-labelledby='))];
const reference = guideLinks(toolbox, '<h2 id="cross-cutting"', '<h2 id="by-instrument"');
const relLink = (html: string, rel: string) =>
  startTags(html).find((t) => t.name === 'a' && t.attributes['rel'] === rel)?.attributes['href'];

describe('the toolbox journey', () => {
  it('lists the journey as one step-by-step, and the reference guides apart from it', () => {
    expect(journey.length).toBeGreaterThan(1);
    expect(reference.filter((href) => journey.includes(href))).toEqual([]);
  });

  it('leads from each step of the journey to the next and back, across phases, with no dead end before the last', () => {
    journey.forEach((href, i) => {
      const page = read(fileOf(href));
      expect(relLink(page, 'next'), `${href} next`).toBe(journey[i + 1]);
      expect(relLink(page, 'prev'), `${href} previous`).toBe(journey[i - 1]);
    });
  });

  it('gives reference guides no previous or next step, and a way back to the step-by-step', () => {
    for (const href of reference) {
      const page = read(fileOf(href));
      expect([relLink(page, 'next'), relLink(page, 'prev')], href).toEqual([undefined, undefined]);
      expect(page).toContain('aria-label="Toolbox"');
    }
  });

  it('never labels a guide "step 1 of 1"', () => {
    for (const href of [...journey, ...reference]) expect(read(fileOf(href)), href).not.toMatch(/step 1 of 1\b/i);
  });
});

describe('the printable toolbox', () => {
  const print = existsSync(join(dist, 'toolbox/print/index.html')) ? read('toolbox/print/index.html') : '';

  it('is linked from the toolbox page, asking the view to open the print dialogue', () => {
    expect(toolbox).toContain('href="/toolbox/print/#print"');
  });

  it("holds every guide once, in the toolbox's order: the journey, then the reference guides", () => {
    const ids = startTags(print)
      .filter((t) => t.name === 'article' && t.attributes['class'] === 'print-guide')
      .map((t) => `/toolbox/${(t.attributes['aria-labelledby'] ?? '').replace(/^guide-/, '')}/`);
    expect(ids).toEqual([...journey, ...reference]);
  });

  it('is left out of the search index, which finds the guides themselves', () => {
    expect(print).toContain('<main id="main"');
    expect(print).not.toContain('data-pagefind-body');
  });
});

describe('every page on paper', () => {
  it("names the site and gives the page's address in a print-only line, and carries the origin for absolute link targets", () => {
    const page = read(fileOf(journey[0]!));
    expect(page).toMatch(
      /<p class="print-only print-head">iProcureNet Knowledge Factory · <span>http:\/\/localhost:4321\/toolbox\/[a-z0-9-]+\/<\/span><\/p>/,
    );
    expect(page).toMatch(/<html lang="en" data-site="http:\/\/localhost:4321"/);
  });
});

describe('the footer', () => {
  it('shows the EU emblem, with a text alternative, beside the Horizon 2020 funding statement on every page', () => {
    for (const file of ['index.html', 'toolbox/index.html', fileOf(journey[0]!), '404.html']) {
      const footer = read(file).slice(read(file).indexOf('<footer'));
      expect(footer, file).toMatch(
        /<img class="eu-emblem" src="\/eu-emblem\.svg"[^>]*alt="Flag of the European Union"/,
      );
      expect(footer, file).toContain('Horizon 2020 research and innovation programme under grant agreement No 832875');
    }
    // One file for every page, drawn with its twelve stars.
    expect((read('eu-emblem.svg').match(/<use href="#s"/g) ?? []).length).toBe(12);
  });
});
