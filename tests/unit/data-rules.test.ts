/**
 * Data rules of issue 20, each a way content could mislead readers or break a
 * generated file while passing every type check: times compared as text, dates
 * without bounds, glossary terms that mark common words, ids the page already
 * uses, mail links that copy a third party, addresses that disguise their
 * target, claims of endorsement, hidden or stuffed text, fields without a size.
 * The check and the build share these schemas and this renderer.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { endsBeforeStart, eventTime, isoDay, lastYear, partialDate, year } from '../../src/schemas/dates.ts';
import { eventSchema } from '../../src/schemas/events.ts';
import { change, MAX_FIELD_CHARACTERS, pageFields, plainText, source } from '../../src/schemas/shared.ts';
import { glossaryTermSchema } from '../../src/schemas/reference-data.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { MAX_BODY_CHARACTERS } from '../../src/pipeline/render/limits.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';
import { judgeUrl } from '../../src/pipeline/render/url.ts';

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
const render = (body: string) => renderBody(body, { base: '/', glossary: glossaryMatcher([]) });
const problems = (body: string) => render(body).problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`);

describe('event times', () => {
  const event = {
    title: 'A webinar',
    summary: 'A webinar on buying together across borders, for the tests of the event times.',
    kind: 'webinar',
    sources: [{ title: 'A source' }],
  };

  it('are compared as moments: an end written later as text can be earlier across time zones', () => {
    // 09:30 UTC is 10:30 in Paris: this end is half an hour before the start.
    const wrong = { ...event, start: '2021-03-09T10:00+01:00', end: '2021-03-09T08:30Z' };
    expect(messages(eventSchema, wrong)).toEqual([
      'end must not be before start (times are compared with their UTC offsets)',
    ]);
    expect(endsBeforeStart('2021-03-09T10:00+01:00', '2021-03-09T09:30Z')).toBe(false);
    expect(endsBeforeStart('2021-03-09T10:00+01:00', '2021-03-09T08:59Z')).toBe(true);
  });

  it('compare a month or a day with a moment at the coarser precision', () => {
    expect(endsBeforeStart('2024-02-15T09:00+01:00', '2024-02')).toBe(false);
    expect(endsBeforeStart('2024-02', '2024-02-15')).toBe(false);
    expect(endsBeforeStart('2024-03-01', '2024-02')).toBe(true);
  });
});

describe('dates and years', () => {
  it.each([
    [isoDay, '9999-12-31', `"9999-12-31" is more than 10 years ahead (after ${lastYear()}); check the year`],
    [partialDate, '0000-01', '"0000-01" is before 1950; write the year in full, as the source gives it'],
    [eventTime, '1900-05-01', '"1900-05-01" is before 1990; write the year in full, as the source gives it'],
  ] as const)('refuse %s out of range with the reason', (schema, value, message) => {
    expect(messages(schema, value)).toEqual([message]);
  });

  it('keep a source from 1989 and an event planned for next year', () => {
    expect(partialDate.safeParse('1989-12').success).toBe(true);
    expect(eventTime.safeParse(`${new Date().getUTCFullYear() + 1}-05`).success).toBe(true);
  });

  it('refuse a year past the horizon', () => {
    expect(messages(year, lastYear() + 1)).toEqual([
      `${lastYear() + 1} is more than 10 years ahead (after ${lastYear()}); check the year`,
    ]);
  });

  it('refuse a change dated in the future, which would stay at the top of the feed', () => {
    const later = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(messages(change, { date: later, summary: 'Added a section.', type: 'update' })).toEqual([
      `"${later}" is in the future; date a change on the day it was made`,
    ]);
  });
});

describe('glossary terms', () => {
  const term = { id: 'x', definition: 'A definition of at least ten characters.' };

  it.each([
    ['the', '"the" is a common word; as a term it would be marked on every page'],
    ['The', '"The" is a common word; as a term it would be marked on every page'],
    [
      'procurement',
      '"procurement" has no capital letter or digit; terms are acronyms or names, marked wherever they are written',
    ],
    ['X', 'a term has at least two characters'],
  ])('refuse %s', (written, message) => {
    expect(messages(glossaryTermSchema, { ...term, term: written })).toEqual([message]);
  });

  it('keep acronyms and names, and refuse an expansion with markup or an address', () => {
    expect(glossaryTermSchema.safeParse({ ...term, term: 'JCBPP' }).success).toBe(true);
    expect(glossaryTermSchema.safeParse({ ...term, term: 'Lot 2' }).success).toBe(true);
    expect(
      messages(glossaryTermSchema, { ...term, term: 'PCP', expansion: 'Pre-commercial <b>procurement</b>' }),
    ).toEqual(['write the expansion in plain text, without Markdown, HTML or addresses']);
    expect(messages(glossaryTermSchema, { ...term, term: 'PCP', expansion: 'see https://evil.example' })).toHaveLength(
      1,
    );
  });
});

describe('claims of endorsement', () => {
  const guide = {
    title: 'A guide',
    summary: 'A guide on buying together across borders, for the tests of claims of endorsement.',
    phase: 'prepare',
    instruments: ['jcbpp'],
    lastReviewed: '2024-01-10',
    sources: [{ title: 'A source' }],
  };

  it('refuse an owner that claims official status', () => {
    expect(messages(guideSchema, { ...guide, owner: 'Official guidance team of DG HOME' })).toEqual([
      'the owner "Official guidance team of DG HOME" claims endorsement or official status ("Official"); the site speaks for no authority',
    ]);
    expect(guideSchema.safeParse({ ...guide, owner: 'iProcureNet toolbox editors' }).success).toBe(true);
  });

  it('refuse a callout title that claims endorsement, and keep the Official Journal', () => {
    expect(problems('<Callout title="Endorsed by the European Commission">\n\nText.\n\n</Callout>\n')).toEqual([
      '1:10 mdx:component-props title on <Callout>: the callout title "Endorsed by the European Commission" claims endorsement or official status ("Endorsed"); the site speaks for no authority',
    ]);
    expect(problems('<Callout title="Publish in the Official Journal">\n\nText.\n\n</Callout>\n')).toEqual([]);
  });
});

describe('bodies', () => {
  it("refuse a heading whose id the page's own chrome uses", () => {
    expect(problems('Intro.\n\n## Sources\n\nText.\n')).toEqual([
      "3:1 mdx:heading-id the heading's id #sources is one the page itself uses, so links to either would be confused",
    ]);
    expect(problems('## Sources of funding\n')).toEqual([]);
  });

  it('refuse an anchor alias that takes an id of the page chrome', () => {
    expect(messages(pageFields.anchors, { sources: 'purpose' })).toEqual([
      '"sources" is an id the page itself uses; an old heading id cannot take it',
    ]);
    expect(pageFields.anchors.safeParse({ 'old-purpose': 'purpose' }).success).toBe(true);
  });

  it('refuse a mail link that copies someone else or prepares the message', () => {
    expect(judgeUrl('mailto:ipnc@example.eu?bcc=someone@evil.example')).toEqual({
      ok: false,
      reason: 'a mailto: address may not add cc, bcc or a prepared message (body)',
    });
    expect(judgeUrl('mailto:ipnc@example.eu?subject=Joint%20procurement')).toEqual({ ok: true, kind: 'mail' });
  });

  it('refuse link text that is an address other than the target', () => {
    expect(problems('See [https://europa.eu/](https://evil.example/).\n')).toEqual([
      '1:5 mdx:link-text the link text "https://europa.eu/" is an address, but the link leads to "https://evil.example/"',
    ]);
    expect(
      problems(
        'See [www.europa.eu](https://www.europa.eu/) and [https://eur-lex.europa.eu/](https://eur-lex.europa.eu).\n',
      ),
    ).toEqual([]);
  });

  it('index folded text at a quarter of its weight', () => {
    expect(render('<details>\n<summary>More</summary>\n\nHidden words.\n\n</details>\n').html).toContain(
      'data-pagefind-weight="0.25"',
    );
  });

  it('refuse a paragraph stuffed with one word for search', () => {
    const stuffed = `${Array.from({ length: 10 }, () => 'drones').join(' ')} for police buyers in Europe.\n`;
    expect(problems(stuffed)).toEqual([
      '1:1 mdx:keyword-stuffing "drones" is 10 of the 14 words here; text written for search engines is not published',
    ]);
  });

  it('refuse a body over the size budget, at the place it runs over', () => {
    const body = `${'A sentence of plain words.\n'.repeat(MAX_BODY_CHARACTERS / 27 + 1)}`;
    expect(problems(body)[0]).toMatch(
      /^\d+:\d+ body the text is [\d,]+ characters long; a page may have at most 100,000$/,
    );
  });

  it('refuse any text field over the size budget', () => {
    const long = 'a'.repeat(MAX_FIELD_CHARACTERS + 1);
    expect(messages(plainText(source), { title: 'A source', publisher: long })).toEqual([
      'holds 3,001 characters; a field may hold at most 3,000 (longer text goes in the body)',
    ]);
  });
});
