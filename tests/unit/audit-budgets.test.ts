import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  CONTENT_BUDGET,
  DOCUMENT_BUDGET,
  formatOverBudget,
  gzipSize,
  heaviestPages,
  HTML_CSS_TARGET,
  htmlCssTarget,
  LONG_FORM_TARGET,
  INTERACTIVE_BUDGET,
  isJavaScript,
  median,
  overBudget,
  staticImports,
  weighPage,
} from '../../scripts/lib/audit/budgets.ts';

const files: Record<string, string> = {
  '/_astro/site.css': 'body{margin:0}'.repeat(50),
  '/_astro/search.js': 'import{a}from"./chunk.js";a();',
  '/_astro/chunk.js': 'export const a=()=>1;',
};
const assets = { read: (path: string) => files[path] };

describe('weighPage', () => {
  it('weighs the page, its stylesheets, and its scripts with their static imports', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/search.js"></script>';
    const weight = weighPage(html, '/search/', assets);
    expect(weight.html).toBe(gzipSize(html));
    expect(weight.css).toBe(gzipSize(files['/_astro/site.css'] ?? ''));
    expect(weight.js).toBe(gzipSize(files['/_astro/search.js'] ?? '') + gzipSize(files['/_astro/chunk.js'] ?? ''));
  });

  it('counts inline scripts but not JSON-LD data blocks', () => {
    expect(weighPage('<script type="application/ld+json">{"@type":"Article"}</script>', '/', assets).js).toBe(0);
    expect(weighPage('<script>console.log(1)</script>', '/', assets).js).toBeGreaterThan(0);
  });

  it('leaves out a print-only stylesheet, which the screen never waits for', () => {
    const screen = weighPage('<link rel="stylesheet" href="/_astro/site.css">', '/', assets).css;
    expect(screen).toBeGreaterThan(0);
    expect(weighPage('<link rel="stylesheet" href="/_astro/site.css" media="print">', '/', assets).css).toBe(0);
    expect(weighPage('<link rel="stylesheet" href="/_astro/site.css" media="screen">', '/', assets).css).toBe(screen);
  });

  it('counts a stylesheet linked twice once', () => {
    const once = weighPage('<link rel="stylesheet" href="/_astro/site.css">', '/', assets).css;
    expect(
      weighPage(
        '<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="../_astro/site.css">',
        '/a/',
        assets,
      ).css,
    ).toBe(once);
  });
});

describe('budgets', () => {
  it('allow scripts on the interactive pages only, under the base path too', () => {
    expect(budgetFor('/kf/search/', '/kf/')).toBe(INTERACTIVE_BUDGET);
    expect(budgetFor('/kf/toolbox/pcp/', '/kf/')).toBe(CONTENT_BUDGET);
  });

  it('allows the date script on each timeline page, not on the list of timelines or the decision aids', () => {
    expect(budgetFor('/kf/timelines/open/', '/kf/')).toBe(INTERACTIVE_BUDGET);
    expect(budgetFor('/kf/timelines/', '/kf/')).toBe(CONTENT_BUDGET);
    expect(budgetFor('/kf/timelines/open/print/', '/kf/')).toBe(CONTENT_BUDGET);
    expect(budgetFor('/kf/decisions/which-rules-apply/y/', '/kf/')).toBe(CONTENT_BUDGET);
  });

  it('holds the print views to the document budget: long, with no more script than opens the print dialogue', () => {
    expect(budgetFor('/kf/toolbox/print/', '/kf/')).toBe(DOCUMENT_BUDGET);
    expect(budgetFor('/kf/toolbox/pcp/print/', '/kf/')).toBe(DOCUMENT_BUDGET);
    expect(budgetFor('/kf/toolbox/phase/prepare/print/', '/kf/')).toBe(CONTENT_BUDGET);
    expect(DOCUMENT_BUDGET.js).toBeLessThanOrEqual(1000);
    expect(overBudget([{ url: '/toolbox/print/', html: 60_000, css: 5_000, js: 0 }], '/')).toEqual([]);
  });

  it('report each page over budget with the kinds it exceeds', () => {
    const over = overBudget(
      [
        { url: '/toolbox/pcp/', html: 30_000, css: 1_000, js: 10 },
        { url: '/search/', html: 1, css: 1, js: 10 },
      ],
      '/',
    );
    expect(formatOverBudget(over)).toBe('/toolbox/pcp/: html 30.0 KB > 25.0 KB, js 0.0 KB > 0.0 KB');
  });

  it('list the heaviest pages first', () => {
    const table = heaviestPages([
      { url: '/a/', html: 1000, css: 0, js: 0 },
      { url: '/b/', html: 5000, css: 0, js: 0 },
    ]);
    expect(table.split('\n').map((line) => line.split(' ').pop())).toEqual(['/b/', '/a/']);
  });
});

describe('helpers', () => {
  it('find static imports and re-exports in a bundled module', () => {
    expect(
      staticImports('import{a as b}from"./x.js";import "./y.js";export*from"./z.js";const c=import("./lazy.js")'),
    ).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('tell JavaScript from data blocks by the script type', () => {
    expect(
      [undefined, 'module', 'text/javascript', 'application/ld+json', 'application/json'].map(isJavaScript),
    ).toEqual([true, true, true, false, false]);
  });

  it('take the median of odd, even and empty lists', () => {
    expect([median([3, 1, 2]), median([4, 1, 2, 3]), median([])]).toEqual([2, 2.5, 0]);
  });

  it('gives a toolbox guide the long-form target and every other page, its print view included, the brief’s', () => {
    expect(htmlCssTarget('/toolbox/identify-financing/')).toBe(LONG_FORM_TARGET);
    expect(htmlCssTarget('/toolbox/')).toBe(HTML_CSS_TARGET);
    expect(htmlCssTarget('/toolbox/print/')).toBe(HTML_CSS_TARGET);
    expect(htmlCssTarget('/toolbox/phase/prepare/')).toBe(HTML_CSS_TARGET);
    expect(htmlCssTarget('/examples/ppi4hpc/')).toBe(HTML_CSS_TARGET);
    expect(LONG_FORM_TARGET).toBeGreaterThan(HTML_CSS_TARGET);
  });
});
