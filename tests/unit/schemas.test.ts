import { describe, expect, it } from 'vitest';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import { VALID_CONTENT } from '../support/content-fixture.ts';

/** The valid fixture's data for one collection, as the schemas see it. */
function validData(collection: CollectionName): Record<string, unknown> {
  const entry = validateContent(VALID_CONTENT, VALID_CONTENT).entries.find((e) => e.collection === collection);
  if (!entry) throw new Error(`the valid fixture has no ${collection} entry`);
  return structuredClone(entry.data);
}

/** Parses `data` with one collection's schema and returns "field: message" lines. */
function issues(collection: CollectionName, data: unknown): string[] {
  const result = collections[collection].schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function without(data: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...data };
  delete copy[key];
  return copy;
}

describe.each(Object.keys(collections) as CollectionName[])('the %s schema', (collection) => {
  it('accepts the valid fixture', () => {
    expect(issues(collection, validData(collection))).toEqual([]);
  });

  it('rejects an unknown key instead of dropping it', () => {
    const [issue] = issues(collection, { ...validData(collection), emial: 'x' });
    expect(issue).toMatch(/emial/);
  });
});

describe('invalid fixtures fail with a message that names the field', () => {
  const cases: [string, CollectionName, (d: Record<string, unknown>) => unknown, RegExp][] = [
    [
      'guide without instruments',
      'guides',
      (d) => ({ ...d, instruments: [] }),
      /^instruments: name at least one instrument/,
    ],
    [
      'guide with an unknown phase',
      'guides',
      (d) => ({ ...d, phase: 'award' }),
      /^phase: "award" is not allowed; expected one of: prepare, tender, contract, cross-cutting/,
    ],
    [
      'guide with an unknown instrument',
      'guides',
      (d) => ({ ...d, instruments: ['pcp', 'bidding'] }),
      /^instruments\.1: "bidding" is not allowed; expected one of: jcbpp, pcp/,
    ],
    [
      'guide with a summary too short for a card',
      'guides',
      (d) => ({ ...d, summary: 'Too short.' }),
      /^summary: the summary is too short \(10 characters\); write 50 to 300/,
    ],
    [
      'guide with Markdown in its summary',
      'guides',
      (d) => ({ ...d, summary: 'A summary with **bold** text that is long enough to pass the length rule.' }),
      /^summary: write the summary in plain text/,
    ],
    ['guide without sources', 'guides', (d) => ({ ...d, sources: [] }), /^sources: list at least one source/],
    [
      'guide with a related entry written without its collection',
      'guides',
      (d) => ({ ...d, related: ['ppi4hpc'] }),
      /^related\.0: expected a reference written collection\/slug/,
    ],
    [
      'guide with a reviewBy date that does not exist',
      'guides',
      (d) => ({ ...d, reviewBy: '2027-04-31' }),
      /^reviewBy: "2027-04-31" is not a real date/,
    ],
    [
      'example in one country only',
      'examples',
      (d) => ({ ...d, countries: ['FR', 'FR'] }),
      /^countries: a cross-border example needs at least two distinct countries/,
    ],
    [
      'example mixing EU with countries',
      'examples',
      (d) => ({ ...d, countries: ['EU', 'FR'] }),
      /^countries: use EU alone for a Union-level procurement/,
    ],
    [
      'example with the EU code for Greece',
      'examples',
      (d) => ({ ...d, countries: ['EL', 'FR'] }),
      /^countries\.0: "EL" is not an ISO 3166-1 country code.*use GR \(Greece\)/,
    ],
    [
      'example ending before it started',
      'examples',
      (d) => ({ ...d, period: { start: 2021, end: 2017 } }),
      /^period\.end: period\.end must not be before period\.start/,
    ],
    [
      'example source without a url',
      'examples',
      (d) => ({ ...d, sources: [{ title: 'A report' }] }),
      /^sources\.0\.url: /,
    ],
    [
      'example source with a non-web url',
      'examples',
      (d) => ({ ...d, sources: [{ title: 'A report', url: 'ftp://example.org/x' }] }),
      /^sources\.0\.url: "ftp:\/\/example\.org\/x" is not a web address/,
    ],
    [
      'example value in an unknown currency format',
      'examples',
      (d) => ({ ...d, value: { amount: 1, currency: 'euro' } }),
      /^value\.currency: expected an ISO 4217 currency code/,
    ],
    [
      'segment listed twice in one cycle',
      'segments',
      (d) => ({
        ...d,
        cycles: [
          { cycle: 3, promising: true },
          { cycle: 3, promising: false },
        ],
      }),
      /^cycles: each cycle may appear only once/,
    ],
    [
      'segment in a fourth cycle',
      'segments',
      (d) => ({ ...d, cycles: [{ cycle: 4, promising: true }] }),
      /^cycles\.0\.cycle: expected cycle 1, 2 or 3/,
    ],
    [
      'contact with an invalid e-mail',
      'contacts',
      (d) => ({ ...d, email: 'estonia.iprocurenet.eu' }),
      /^email: "estonia\.iprocurenet\.eu" is not a valid e-mail address/,
    ],
    [
      'topical group leader without a topic',
      'contacts',
      (d) => ({ ...d, role: 'tgl' }),
      /^topic: a topical group leader needs a topic/,
    ],
    [
      'contact confirmed on a day that does not exist',
      'contacts',
      (d) => ({ ...d, asOf: '2024-02-30' }),
      /^asOf: "2024-02-30" is not a real date/,
    ],
    [
      'event ending before it starts',
      'events',
      (d) => ({ ...d, end: '2023-09-11' }),
      /^end: end must not be before start/,
    ],
    [
      'event time without its UTC offset',
      'events',
      (d) => ({ ...d, start: '2023-09-12T09:00' }),
      /^start: "2023-09-12T09:00" is not a valid time/,
    ],
    [
      'event material with both a url and a guide',
      'events',
      (d) => ({
        ...d,
        materials: [
          { kind: 'slides', title: 'Slides', url: 'https://www.iprocurenet.eu/', ref: 'identify-joint-needs' },
        ],
      }),
      /^materials\.0: give a material either a url or a ref/,
    ],
    [
      'event location without a country',
      'events',
      (d) => ({ ...d, location: { city: 'Testville' } }),
      /^location: expected location: \{city, country\}, \{country\} or \{online: true\}/,
    ],
    [
      'event recording chapter with a malformed time',
      'events',
      (d) => ({
        ...d,
        materials: [
          {
            kind: 'recording',
            title: 'Recording',
            url: 'https://www.iprocurenet.eu/',
            chapters: [{ time: '12.34', title: 'Needs', ref: 'identify-joint-needs' }],
          },
        ],
      }),
      /^materials\.0\.chapters\.0\.time: expected a time in the recording/,
    ],
    [
      'glossary term with an id that is not a slug',
      'glossary',
      (d) => ({ ...d, id: 'PCP' }),
      /^id: expected a slug of lowercase letters/,
    ],
    [
      'publication with an impossible month',
      'publications',
      (d) => ({ ...d, date: '2023-13' }),
      /^date: "2023-13" is not a real date/,
    ],
    [
      'page with a redirect that is not a site path',
      'pages',
      (d) => ({ ...d, redirectFrom: ['https://old.example.org/about'] }),
      /^redirectFrom\.0: "https:\/\/old\.example\.org\/about" is not a site path; write one such as \/toolbox\/old-name\//,
    ],
    [
      'page with a protocol-relative redirect, which names another site',
      'pages',
      (d) => ({ ...d, redirectFrom: ['//evil.example/'] }),
      /^redirectFrom\.0: "\/\/evil\.example\/" is not a site path/,
    ],
    [
      'page with a redirect that climbs out of its folder',
      'pages',
      (d) => ({ ...d, redirectFrom: ['/toolbox/../x/'] }),
      /^redirectFrom\.0: "\/toolbox\/\.\.\/x\/" is not a site path/,
    ],
    [
      'source with a javascript: url',
      'guides',
      (d) => ({ ...d, sources: [{ title: 'A report', url: 'javascript:alert(1)' }] }),
      /^sources\.0\.url: "javascript:alert\(1\)" is not a web address/,
    ],
    [
      'source with a data: url',
      'projects',
      (d) => ({ ...d, url: 'data:text/html,<script>alert(1)</script>' }),
      /^url: "data:text\/html,<script>alert\(1\)<\/script>" is not a web address/,
    ],
    [
      'source with a protocol-relative url',
      'publications',
      (d) => ({ ...d, url: '//evil.example/' }),
      /^url: "\/\/evil\.example\/" is not a web address/,
    ],
    [
      'event material with an entity-encoded scheme',
      'events',
      (d) => ({ ...d, materials: [{ kind: 'slides', title: 'Slides', url: '&#106;avascript:alert(1)' }] }),
      /^materials\.0\.url: "&#106;avascript:alert\(1\)" is not a web address/,
    ],
    [
      'title with a carriage return that would split a calendar line',
      'events',
      (d) => ({ ...d, title: 'Workshop\rEMAIL:evil@example.org' }),
      /^title: contains an invisible carriage return \(U\+000D\) at character 9; delete it, as it was probably pasted/,
    ],
    [
      'contact name with a bell character',
      'contacts',
      (d) => ({ ...d, name: 'Merike\u0007 Klement' }),
      /^name: contains an invisible control character U\+0007 at character 7/,
    ],
    [
      'glossary definition with a form feed deep in a source',
      'glossary',
      (d) => ({ ...d, sources: [{ title: 'A\fsource' }] }),
      /^sources\.0\.title: contains an invisible form feed \(U\+000C\)/,
    ],
    [
      'anchor alias whose old id is not a heading id',
      'guides',
      (d) => ({ ...d, anchors: { 'old\u0000id': 'purpose' } }),
      /^anchors\.old\u0000id: "old\u0000id" is not a heading id; write it as it appears after # in the address/,
    ],
    [
      'anchor alias that points at markup rather than a heading id',
      'guides',
      (d) => ({ ...d, anchors: { old: '"><script>' } }),
      /^anchors\.old: ""><script>" is not a heading id/,
    ],
    [
      'page title with a lone surrogate, which XML cannot carry',
      'pages',
      (d) => ({ ...d, title: 'About \uD800 us' }),
      /^title: contains an invisible control character U\+D800/,
    ],
  ];
  it.each(cases)('%s', (_name, collection, mutate, expected) => {
    const found = issues(collection, mutate(validData(collection)));
    expect(
      found.some((line) => expected.test(line)),
      `got:\n${found.join('\n')}`,
    ).toBe(true);
  });

  it('a missing required field is named', () => {
    expect(issues('contacts', without(validData('contacts'), 'organisation'))).toEqual([
      'organisation: expected the organisation',
    ]);
  });
});

describe('the control-character rule', () => {
  it('is reported alongside other problems of the same entry, not after they are fixed', () => {
    const found = issues('events', { ...validData('events'), title: 'Bad\u0007title', kind: 'party' });
    expect(found.some((line) => line.startsWith('kind: '))).toBe(true);
    expect(found.some((line) => line.startsWith('title: contains an invisible control character U+0007'))).toBe(true);
  });

  it('allows tabs and line feeds, which generated files escape', () => {
    expect(issues('contacts', { ...validData('contacts'), note: 'First line.\n\tSecond line.' })).toEqual([]);
  });
});

describe('defaults', () => {
  it('a page is not a draft unless it says so, and has no change notes or redirects', () => {
    const parsed = collections.pages.schema.parse({
      title: 'About',
      summary: 'What the Knowledge Factory is and where its content comes from, in brief.',
    });
    expect(parsed).toMatchObject({ draft: false, changes: [], redirectFrom: [], anchors: {} });
  });
});
