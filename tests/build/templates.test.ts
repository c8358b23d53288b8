import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateContent, isEntryOf, type EntryOf } from '../../src/pipeline/validate.ts';
import { formatSize } from '../../src/lib/templates/size.ts';
import { splitStepRef } from '../../src/lib/templates/steps.ts';
import { docxParagraphs } from '../support/docx-text.ts';

const dist = inject('siteDir');
const templates = validateContent(join(process.cwd(), 'content'))
  .entries.filter((entry): entry is EntryOf<'templates'> => isEntryOf(entry, 'templates'))
  .filter((entry) => !entry.data.draft);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('templates in the built site', () => {
  it('publishes at least one template, so the rules below test something', () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  describe.each(templates.map((t) => [t.slug, t] as const))('%s', (slug, entry) => {
    it('has a .docx that holds each section heading and each field label of its entry', () => {
      const text = docxParagraphs(readFileSync(join(dist, `templates/${slug}.docx`)));
      for (const section of entry.data.sections) {
        expect(text, `heading "${section.heading}"`).toContain(section.heading);
        for (const field of section.fields)
          expect(
            text.some((p) => p.includes(field.label)),
            `field label "${field.label}"`,
          ).toBe(true);
      }
    });

    it('is served as a Word document, not as an unknown file', async () => {
      const response = await fetch(new URL(`templates/${slug}.docx`, inject('siteUrl')));
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    });

    it('has a page whose download link names the format and the file’s real size', () => {
      const html = read(`templates/${slug}/index.html`);
      const size = formatSize(readFileSync(join(dist, `templates/${slug}.docx`)).length);
      expect(html).toContain(`href="/templates/${slug}.docx"`);
      expect(html).toContain(`Word document (.docx), ${size}`);
    });

    it('is found by search under its own type', () => {
      expect(read(`templates/${slug}/index.html`)).toContain('<span data-pagefind-filter="type">Template</span>');
    });

    it('is listed on every guide page its steps name, under "Templates for this step"', () => {
      for (const guide of new Set(entry.data.when.map((ref) => splitStepRef(ref).guide))) {
        const html = read(`toolbox/${guide}/index.html`);
        const section = html.slice(html.indexOf('id="templates-for-this-step"'));
        expect(html).toContain('id="templates-for-this-step"');
        expect(section).toContain(`href="/templates/${slug}/"`);
      }
    });

    it('is listed on /templates/ and in the sitemap', () => {
      expect(read('templates/index.html')).toContain(`href="/templates/${slug}/"`);
      expect(read('sitemap.xml')).toContain(`/templates/${slug}/</loc>`);
    });
  });

  it('links the listing from the toolbox', () => {
    expect(read('toolbox/index.html')).toContain('href="/templates/"');
    expect(existsSync(join(dist, 'templates/index.html'))).toBe(true);
  });
});
