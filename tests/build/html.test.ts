import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { scaled } from '../support/time-limits.ts';

const dir = inject('siteDir');
const pages = htmlPages(listFiles(dir));
// The project's own configuration, so the CLI (`npx html-validate`) and this test agree.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

describe('HTML of the built site', () => {
  it(
    'is valid on every page under html-validate:standard, a11y and document rules',
    async () => {
      const failures: string[] = [];
      for (const page of pages) {
        const report = await validator.validateString(readFileSync(join(dir, page), 'utf8'), page);
        if (!report.valid) failures.push(formatterFactory('text')(report.results));
      }
      expect(pages.length).toBeGreaterThan(0);
      expect(failures.join('\n'), `HTML errors in ${failures.length} of ${pages.length} pages`).toBe('');
    },
    scaled(120_000),
  );
});
