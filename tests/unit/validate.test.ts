import { COLLECTION_NAMES, collections } from '../../src/schemas/index.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/pipeline/validate.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { copyValidContent, edit, VALID_CONTENT, write } from '../support/content-fixture.ts';

function problemsIn(dir: string) {
  return validateContent(dir, dir).problems.map(formatProblem);
}

describe('the content validator', () => {
  it('accepts the valid fixture, which has an entry in every collection', () => {
    const result = validateContent(VALID_CONTENT, VALID_CONTENT);
    expect(result.problems).toEqual([]);
    expect(new Set(result.entries.map((e) => e.collection))).toEqual(new Set(COLLECTION_NAMES));
  });

  it('takes the slug from the file name, even inside a phase folder', () => {
    const slugs = validateContent(VALID_CONTENT, VALID_CONTENT)
      .entries.filter((e) => e.collection === 'guides')
      .map((e) => e.slug);
    expect(slugs).toEqual(['identify-joint-needs']);
  });

  it('reports a broken reference with file, line, field and the closest existing slug', () => {
    const dir = copyValidContent();
    edit(
      dir,
      'guides/prepare/identify-joint-needs.mdx',
      'segments/drones-and-in-drone-technology',
      'segments/drones-and-in-drone-tech',
    );
    expect(problemsIn(dir)).toEqual([
      'guides/prepare/identify-joint-needs.mdx:11:5  related.0  "segments/drones-and-in-drone-tech" does not match any entry in segments  (did you mean "segments/drones-and-in-drone-technology"?)',
    ]);
  });

  it('reports a reference to a missing example segment by its position in the list', () => {
    const dir = copyValidContent();
    edit(dir, 'examples/ppi4hpc.mdx', 'segments: []', 'segments: [drones-and-in-drone-technology, supercomputers]');
    const [problem] = problemsIn(dir);
    expect(problem).toMatch(
      /^examples\/ppi4hpc\.mdx:12:\d+ {2}segments\.1 {2}"supercomputers" does not match any entry in segments/,
    );
  });

  it('reports an event material pointing at a guide that does not exist', () => {
    const dir = copyValidContent();
    edit(dir, 'events/fixture-workshop.mdx', 'ref: identify-joint-needs#purpose', 'ref: identify-joint-need#purpose');
    expect(problemsIn(dir)[0]).toContain(
      'materials.0.ref  "identify-joint-need#purpose" does not match any entry in guides  (did you mean "identify-joint-needs#purpose"?)',
    );
  });

  it('rejects a link to a draft, because drafts are never published', () => {
    const dir = copyValidContent();
    edit(dir, 'segments/drones-and-in-drone-technology.mdx', 'securityArea:', 'draft: true\nsecurityArea:');
    expect(problemsIn(dir)[0]).toContain(
      '"segments/drones-and-in-drone-technology" is a draft, so it is not published and cannot be linked',
    );
  });

  it('rejects an unknown country code and suggests the ISO one', () => {
    const dir = copyValidContent();
    edit(dir, 'contacts/ee.yaml', 'country: EE', 'country: UK');
    expect(problemsIn(dir)).toEqual([
      'contacts/ee.yaml:2:10  country  "UK" is not an ISO 3166-1 country code; use GB (United Kingdom), the ISO 3166-1 code',
    ]);
  });

  it('rejects a date that is not on the calendar', () => {
    const dir = copyValidContent();
    edit(dir, 'guides/prepare/identify-joint-needs.mdx', 'lastReviewed: 2026-11-25', 'lastReviewed: 2026-02-30');
    expect(problemsIn(dir)).toEqual([
      'guides/prepare/identify-joint-needs.mdx:8:15  lastReviewed  "2026-02-30" is not a real date; write YYYY-MM-DD, for example 2023-10-31',
    ]);
  });

  it('rejects a malformed date in a YAML list file with the entry’s own line', () => {
    const dir = copyValidContent();
    edit(dir, 'publications.yaml', 'date: 2023', 'date: 2023-13');
    expect(problemsIn(dir)).toEqual([
      'publications.yaml:4:9  date  "2023-13" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('names a misspelt field and the field it probably meant', () => {
    const dir = copyValidContent();
    edit(dir, 'contacts/ee.yaml', 'email:', 'emial:');
    expect(problemsIn(dir)).toEqual([
      'contacts/ee.yaml:1:1  email  required field "email" is missing  (add "email:" to the file)',
      'contacts/ee.yaml:5:8  emial  unknown field "emial"  (did you mean "email"?)',
    ]);
  });

  it('rejects two guides with the same slug in different phase folders', () => {
    const dir = copyValidContent();
    write(
      dir,
      'guides/identify-joint-needs.mdx',
      '---\ntitle: Copy\nsummary: A second guide that happens to have the same file name as the first one.\nphase: tender\ninstruments: [jcbpp]\nlastReviewed: 2026-11-25\nowner: Fixture\nsources:\n  - title: A source\n---\n',
    );
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /the slug "identify-joint-needs" is already used by guides\/(prepare\/)?identify-joint-needs\.mdx/,
    );
  });

  it('rejects duplicate ids in a list file', () => {
    const dir = copyValidContent();
    edit(dir, 'glossary.yaml', '- id: ppi', '- id: pcp');
    expect(problemsIn(dir)[0]).toMatch(
      /^glossary\.yaml:6:\d+ {2}id {2}the slug "pcp" is already used by glossary\.yaml/,
    );
  });

  it.each(COLLECTION_NAMES.filter((name) => collections[name].kind === 'list'))(
    'reports a duplicate id in the %s list at the id of the second entry',
    (name) => {
      const dir = copyValidContent();
      const file = join(dir, collections[name].path);
      const list = parse(readFileSync(file, 'utf8')) as { id: string }[];
      writeFileSync(file, stringify([...list, list[0]], { aliasDuplicateObjects: false }));
      const id = list[0]?.id ?? '';
      const path = collections[name].path.replace(/\./g, '\\.');
      expect(problemsIn(dir)).toEqual([
        expect.stringMatching(new RegExp(`^${path}:\\d+:\\d+ {2}id {2}the slug "${id}" is already used by ${path}`)),
      ]);
    },
  );

  it('suggests the field meant for a misspelt field inside a list of objects', () => {
    const dir = copyValidContent();
    const file = join(dir, collections.cycles.path);
    const [first, ...rest] = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const [field, value] = Object.entries(first ?? {}).find(([key]) => key !== 'id') ?? ['', ''];
    const misspelt = `${field.slice(0, -1)}${field.slice(-1).repeat(2)}`;
    writeFileSync(
      file,
      stringify([
        { ...Object.fromEntries(Object.entries(first ?? {}).filter(([key]) => key !== field)), [misspelt]: value },
        ...rest,
      ]),
    );
    expect(problemsIn(dir)).toContainEqual(
      expect.stringContaining(`unknown field "${misspelt}"  (did you mean "${field}"?)`),
    );
  });

  it('reports YAML syntax errors with their line instead of a stack trace', () => {
    const dir = copyValidContent();
    edit(dir, 'contacts/ee.yaml', 'name: Merike Klement', 'name: "Merike Klement');
    const [problem] = problemsIn(dir);
    expect(problem).toMatch(/^contacts\/ee\.yaml:\d+:\d+ {2}- {2}YAML syntax: /);
  });

  it('reports an MDX file without frontmatter', () => {
    const dir = copyValidContent();
    write(dir, 'pages/empty.mdx', 'Just text.\n');
    expect(problemsIn(dir)).toEqual([
      'pages/empty.mdx:1:1  -  the file has no frontmatter  (start the file with a line ---, the fields, then another line ---; `npm run new` writes a template)',
    ]);
  });

  it('reports every problem at once rather than stopping at the first', () => {
    const dir = copyValidContent();
    edit(dir, 'contacts/ee.yaml', 'country: EE', 'country: XX');
    edit(dir, 'examples/ppi4hpc.mdx', 'status: completed', 'status: finished');
    edit(dir, 'glossary.yaml', 'related: [ppi]', 'related: [pcpp]');
    expect(problemsIn(dir)).toHaveLength(3);
  });
});
