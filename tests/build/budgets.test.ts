import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { pageUrl } from '../../scripts/lib/audit/links.ts';
import {
  DOCUMENT_BUDGET,
  DOCUMENT_PAGES,
  isDocumentPage,
  formatOverBudget,
  heaviestPages,
  HTML_CSS_TARGET,
  htmlCssTarget,
  LONG_FORM_TARGET,
  isInteractivePage,
  overBudget,
  weighPage,
} from '../../scripts/lib/audit/budgets.ts';

const dir = inject('siteDir');
const assets = {
  read: (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined),
};
const weights = htmlPages(listFiles(dir)).map((file) =>
  weighPage(readFileSync(join(dir, file), 'utf8'), pageUrl(file, '/'), assets),
);

describe('page weight, gzip, on every page', () => {
  it('stays within 25 KB of HTML, 15 KB of CSS, and no JavaScript except on interactive pages (20 KB)', () => {
    const over = overBudget(weights, '/');
    expect(
      over.length === 0 ? '' : `${formatOverBudget(over)}\n\nHeaviest pages:\n${heaviestPages(weights)}`,
      `${over.length} pages over budget`,
    ).toBe('');
  });

  it('ships no JavaScript at all on content pages', () => {
    const scripted = weights.filter((w) => w.js > 0 && !isInteractivePage(w.url) && !isDocumentPage(w.url));
    expect(scripted.map((w) => `${w.url}: ${w.js} bytes of JavaScript`)).toEqual([]);
  });

  it('holds the print views to the document budget, their only script the one that opens the print dialogue', () => {
    const documents = weights.filter((w) => isDocumentPage(w.url));
    for (const url of DOCUMENT_PAGES)
      expect(
        documents.map((w) => w.url),
        `${url} is not in the build`,
      ).toContain(url);
    expect(
      documents.some((w) => w.url !== '/toolbox/print/'),
      'no guide print view in the build',
    ).toBe(true);
    for (const page of documents) expect(page.js, page.url).toBeLessThanOrEqual(DOCUMENT_BUDGET.js);
  });

  it('counts the stylesheets each page loads', () => {
    expect(weights.find((w) => w.url === '/')?.css ?? 0).toBeGreaterThanOrEqual(0);
    expect(weights.every((w) => w.html > 0)).toBe(true);
  });

  it(`keeps HTML and CSS together within the brief's ${HTML_CSS_TARGET / 1024} KiB on every page, ${LONG_FORM_TARGET / 1024} KiB on a long-form guide`, () => {
    const heavy = weights.filter((w) => w.html + w.css > htmlCssTarget(w.url) && !isDocumentPage(w.url));
    expect(heaviestPages(heavy, heavy.length), `${heavy.length} pages over their HTML+CSS target`).toBe('');
    // Which pages use the long-form allowance, so the figure is seen and not forgotten.
    const longForm = weights.filter((w) => w.html + w.css > HTML_CSS_TARGET && !isDocumentPage(w.url));
    if (longForm.length > 0)
      console.log(`Guides over ${HTML_CSS_TARGET / 1024} KiB:\n${heaviestPages(longForm, longForm.length)}`);
  });
});
