import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { templateSchema, type Template } from '../../src/schemas/templates.ts';
import { blank, wordingParts } from '../../src/lib/templates/wording.ts';
import { onePerGuide, resolveStep, splitStepRef, stepLabel, templatesForGuide } from '../../src/lib/templates/steps.ts';
import { formatSize } from '../../src/lib/templates/size.ts';
import { reproducibleZip, templateDocx } from '../../src/lib/templates/docx.ts';
import { docxParagraphs } from '../support/docx-text.ts';
import { VALID_CONTENT } from '../support/content-fixture.ts';

const fixture: Template = templateSchema.parse(
  parse(readFileSync(join(VALID_CONTENT, 'templates/needs-record.yaml'), 'utf8')),
);
const field = (name: string, label: string) => ({ name, label, kind: 'text' as const });

describe('wording parts', () => {
  it('splits wording into text and the fields it names, in order', () => {
    const lead = field('lead', 'Lead buyer');
    expect(wordingParts('Led by {lead}, from {lead}.', [lead])).toEqual([
      { text: 'Led by ' },
      { field: lead },
      { text: ', from ' },
      { field: lead },
      { text: '.' },
    ]);
  });

  it('keeps a name that is no field as written, and wording without fields whole', () => {
    expect(wordingParts('No {such} field.', [])).toEqual([{ text: 'No {such} field.' }]);
    expect(wordingParts('Plain.', [field('a', 'A')])).toEqual([{ text: 'Plain.' }]);
  });

  it('shows a blank as its label in square brackets', () => {
    expect(blank({ label: 'Lead buyer' })).toBe('[Lead buyer]');
  });
});

describe('guide steps', () => {
  const guides = [
    {
      id: 'decide',
      title: 'Step 4: Decide',
      headings: [{ slug: 'documents-you-produce', text: 'Documents you produce' }],
    },
  ];

  it('reads a step reference with and without its section', () => {
    expect(splitStepRef('guides/decide#documents-you-produce')).toEqual({
      guide: 'decide',
      section: 'documents-you-produce',
    });
    expect(splitStepRef('guides/decide')).toEqual({ guide: 'decide', section: undefined });
  });

  it('resolves a step to the guide page and section, with the heading as the guide shows it', () => {
    const step = resolveStep('guides/decide#documents-you-produce', guides);
    expect(step).toMatchObject({ path: '/toolbox/decide/#documents-you-produce', section: 'Documents you produce' });
    expect(step && stepLabel(step)).toBe('Step 4: Decide, Documents you produce');
    expect(stepLabel({ title: 'Step 4: Decide', section: undefined })).toBe('Step 4: Decide');
  });

  it('resolves nothing for a guide that is not published', () => {
    expect(resolveStep('guides/gone#purpose', guides)).toBeUndefined();
  });

  it('names each guide once, by the first of its sections', () => {
    const steps = ['guides/decide#documents-you-produce', 'guides/decide'].flatMap(
      (ref) => resolveStep(ref, guides) ?? [],
    );
    expect(onePerGuide(steps).map((s) => s.ref)).toEqual(['guides/decide#documents-you-produce']);
  });

  it('finds the templates a guide produces, whichever of its sections they name', () => {
    const templates = [
      { id: 'a', data: { when: ['guides/decide#x'] } },
      { id: 'b', data: { when: ['guides/other', 'guides/decide'] } },
      { id: 'c', data: { when: ['guides/decider#x'] } },
    ];
    expect(templatesForGuide(templates, 'decide').map((t) => t.id)).toEqual(['a', 'b']);
  });
});

describe('file sizes', () => {
  it.each([
    [512, '512 bytes'],
    [1024, '1 KB'],
    [17391, '17 KB'],
    [3 * 1024 * 1024, '3.0 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('the .docx of a template', () => {
  const context = { pageUrl: 'https://example.org/templates/needs-record/', stepTitles: new Map(), date: '2026-12-01' };

  it('holds every section heading, field label, guidance and model wording of the entry', async () => {
    const text = docxParagraphs(await templateDocx(fixture, context));
    for (const section of fixture.sections) {
      expect(text).toContain(section.heading);
      for (const paragraph of section.guidance) expect(text).toContain(paragraph);
      for (const paragraph of section.wording)
        expect(text).toContain(
          wordingParts(paragraph, section.fields)
            .map((part) => ('field' in part ? blank(part.field) : part.text))
            .join(''),
        );
      for (const f of section.fields) {
        expect(text).toContain(f.label);
        expect(text.some((p) => p.includes(blank(f)))).toBe(true);
      }
    }
    expect(text.some((p) => p.includes('starting point for the buyers’ legal services'))).toBe(true);
  });

  it('gives the same bytes when built again later, dated by the template, never by the clock', async () => {
    const first = await templateDocx(fixture, context);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await templateDocx(fixture, context);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = new TextDecoder().decode(unzipSync(first)['docProps/core.xml']);
    expect(core.match(/\d{4}-\d\d-\d\dT[^<]*/g)).toEqual(['2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z']);
  });

  it('stores every zip entry with the given day, so no entry carries the time of the build', () => {
    const zipped = reproducibleZip(
      // A minimal package: fflate zips it with the current time, which reproducibleZip replaces.
      zipSync({ 'docProps/core.xml': strToU8('<dcterms:created x="1">2020-01-01T10:00:00Z</dcterms:created>') }),
      '2026-12-01',
    );
    // The DOS date of the first local header (offset 12): days since 1980 packed as year<<9 | month<<5 | day.
    const dosDate = zipped[12]! | (zipped[13]! << 8);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2026, 12, 1]);
    expect(new TextDecoder().decode(unzipSync(zipped)['docProps/core.xml'])).toContain('2026-12-01T00:00:00Z');
  });
});
