import { join } from 'node:path';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { vnuErrors } from '../../scripts/lib/audit/vnu.ts';
import { scaled } from '../support/time-limits.ts';

const dir = inject('siteDir');
const pages = htmlPages(listFiles(dir));

describe('HTML of the built site under the W3C Nu Html Checker', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kf-vnu-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    'reports a script after </html>, so a clean run means something',
    () => {
      const bad = join(scratch, 'bad.html');
      writeFileSync(
        bad,
        '<!doctype html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html><script src="/a.js"></script>',
      );
      const errors = vnuErrors([bad], scratch);
      expect(errors.map((e) => e.message).join('\n')).toMatch(/script/i);
      expect(errors[0]?.file).toBe('bad.html');
    },
    scaled(60_000),
  );

  it(
    'finds no error on any page',
    () => {
      expect(pages.length).toBeGreaterThan(0);
      const errors = vnuErrors(
        pages.map((page) => join(dir, page)),
        dir,
      );
      expect(
        errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'),
        `vnu errors on ${new Set(errors.map((e) => e.file)).size} of ${pages.length} pages`,
      ).toBe('');
    },
    scaled(180_000),
  );
});
