import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { placeholders, plainParagraph, sectionId, templateSchema } from '../../src/schemas/templates.ts';
import { copyValidContent, write } from '../support/content-fixture.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/templates');

/** The problems the content check reports for the valid model content plus one template fixture, as contributors read them. */
async function problemsWith(fixture: string): Promise<string[]> {
  const dir = copyValidContent();
  copyFileSync(join(FIXTURES, fixture), join(dir, 'templates', fixture));
  const { problems } = await checkContent(dir, { manifest: join(dir, 'published-urls.json') });
  return problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*?kf-content-[^/]+\//, '') }));
}

/** Each invalid fixture breaks one rule; the check names its file, line, field, what is wrong and how to fix it. */
const EXPECTED: Record<string, string[]> = {
  'invalid-markup.yaml': [
    'templates/invalid-markup.yaml:17:9  sections.0.guidance.0  a paragraph of guidance contains the characters < and > (HTML); write "less than" or "more than"; write plain text only',
    'templates/invalid-markup.yaml:17:9  sections.0.guidance.0  a paragraph of guidance contains asterisks (Markdown emphasis); write plain text only',
  ],
  'invalid-multiline-paragraph.yaml': [
    'templates/invalid-multiline-paragraph.yaml:17:9  sections.0.guidance.0  a paragraph of guidance spans several lines; write one paragraph per list item (a new line starting with "- ")',
  ],
  'invalid-unknown-placeholder.yaml': [
    'templates/invalid-unknown-placeholder.yaml:19:9  sections.0.wording.0  {shared-needs} is not a field of this section; declare it under fields (name, label, kind) or correct the name (fields: shared-need)',
  ],
  'invalid-unclosed-brace.yaml': [
    'templates/invalid-unclosed-brace.yaml:19:9  sections.0.wording.0  a { or } is not closed; write a field to fill in as {field-name}, with both braces',
  ],
  'invalid-duplicate-field.yaml': [
    'templates/invalid-duplicate-field.yaml:25:15  sections.0.fields.1.name  the field "shared-need" is already declared in section 1 ("Shared need"); give each field its own name, as the document lists each blank once',
  ],
  'invalid-duplicate-heading.yaml': [
    'templates/invalid-duplicate-heading.yaml:32:14  sections.1.heading  "Shared need!" gives the same section id (#shared-need) as section 1; reword one of the two headings',
  ],
  'invalid-reserved-heading.yaml': [
    'templates/invalid-reserved-heading.yaml:15:14  sections.0.heading  "Sources" gives the section id #sources, which the template page uses for its own part; reword the heading',
  ],
  'invalid-table-row.yaml': [
    'templates/invalid-table-row.yaml:29:13  sections.0.tables.0.rows.0  row 1 has 1 cell but the table has 2 columns; give every row one cell per column',
  ],
  'invalid-field-kind.yaml': [
    'templates/invalid-field-kind.yaml:23:15  sections.0.fields.0.kind  "sentence" is not allowed; expected one of: text, date, party, amount, percentage, number, list',
  ],
  'invalid-field-name.yaml': [
    'templates/invalid-field-name.yaml:21:15  sections.0.fields.0.name  "Shared need" is not a field name; write lowercase words joined by hyphens, e.g. lead-buyer',
  ],
  'invalid-when-format.yaml': [
    'templates/invalid-when-format.yaml:7:5  when.0  "identify-joint-needs#purpose" is not a guide step; write guides/<guide slug>#<section id>, e.g. guides/decision-to-cooperate#documents-you-produce',
  ],
  'invalid-unquoted-colon.yaml': [
    'templates/invalid-unquoted-colon.yaml:5:5  purpose.0  expected a paragraph of the purpose as plain text, but the colon followed by a space made it a map; put the whole text in double quotes',
  ],
  'invalid-unknown-key.yaml': [
    'templates/invalid-unknown-key.yaml:24:15  sections.0.fields.0.hnit  unknown field "hnit"  (did you mean "hint"?)',
  ],
  'invalid-unknown-guide.yaml': [
    'templates/invalid-unknown-guide.yaml:7:5  when.0  "guides/identify-joint-need#purpose" does not match any entry in guides  (did you mean "guides/identify-joint-needs#purpose"?)',
  ],
  'invalid-unknown-section.yaml': [
    'templates/invalid-unknown-section.yaml:7:5  when.0  "guides/identify-joint-needs#purpos": the guide identify-joint-needs has no section #purpos  (did you mean "guides/identify-joint-needs#purpose"?)',
  ],
};

describe('the template schema and the check of its references', () => {
  it('has an expectation for every invalid fixture, and a fixture for every expectation', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('passes the valid model content, whose template names a guide section that exists', async () => {
    const dir = copyValidContent();
    const { problems } = await checkContent(dir, { manifest: join(dir, 'published-urls.json') });
    expect(problems).toEqual([]);
  });

  for (const [fixture, expected] of Object.entries(EXPECTED)) {
    it(`reports ${fixture.replace(/^invalid-|\.yaml$/g, '').replace(/-/g, ' ')} with file, line, field and the fix`, async () => {
      expect(await problemsWith(fixture)).toEqual(expected);
    });
  }
});

describe('plain paragraphs', () => {
  const paragraph = plainParagraph('the text');
  it.each([
    ['a Markdown link', 'See [the Directive](https://eur-lex.europa.eu/) first.'],
    ['code', 'Write `npm run check` first.'],
    ['a heading', '# Heading'],
    ['a tag', 'A <script>alert(1)</script> here'],
  ])('refuses %s', (_, text) => {
    expect(paragraph.safeParse(text).success).toBe(false);
  });

  it('accepts ordinary prose with punctuation, percentages, quotes and apostrophes', () => {
    expect(paragraph.safeParse('Each buyer’s share is 33.3 % (one third); "or equivalent" — as agreed.').success).toBe(
      true,
    );
  });
});

describe('placeholders and section ids', () => {
  it('reads the field names written in braces, in order', () => {
    expect(placeholders('Between {party-a} and {party-b}, not { } or {}.')).toEqual(['party-a', 'party-b', ' ', '']);
  });

  it('gives a heading the id a page gives it', () => {
    expect(sectionId('Leaving and joining')).toBe('leaving-and-joining');
    expect(sectionId('Collaboration agreement (Article 39(4))')).toBe('collaboration-agreement-article-394');
  });

  it('refuses a placeholder that is a blank brace pair, as it names no field', () => {
    const valid = {
      title: 'A template',
      summary: 'A template summary that is long enough to pass the summary rule of fifty.',
      purpose: ['For testing.'],
      when: ['guides/a#b'],
      legalBasis: [{ provision: 'Article 1', explanation: 'Explains.' }],
      status: 'proposed',
      lastReviewed: '2026-12-01',
      owner: 'Editors',
      sections: [{ heading: 'One', guidance: ['G.'], wording: ['Fill {} here.'] }],
      sources: [{ title: 'A source' }],
    };
    const result = templateSchema.safeParse(valid);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      '{} is not a field of this section; declare it under fields (name, label, kind) or correct the name (fields: none)',
    );
  });
});

describe('links into a template page', () => {
  it('resolve to its sections and its own parts, and a missing section is reported with the closest', async () => {
    const dir = copyValidContent();
    write(
      dir,
      'pages/links.mdx',
      [
        '---',
        'title: Links into a template',
        'summary: A page that links to the sections of a template page, to test that their ids are known.',
        '---',
        '',
        'See [the need](/templates/needs-record/#shared-need), [the law](/templates/needs-record/#legal-basis) and [a typo](/templates/needs-record/#shared-needs).',
        '',
      ].join('\n'),
    );
    const { problems } = await checkContent(dir, { manifest: join(dir, 'published-urls.json') });
    expect(problems.map((p) => [p.field, p.message, p.hint])).toEqual([
      [
        'link',
        '"/templates/needs-record/#shared-needs" links to a section #shared-needs that /templates/needs-record/ does not have',
        'did you mean #shared-need?',
      ],
    ]);
  });
});
