import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { cspProblems, metaCsp } from '../../scripts/lib/audit/csp.ts';
import { startTags } from '../../scripts/lib/audit/html.ts';
import { pageUrl } from '../../scripts/lib/audit/links.ts';

const dir = inject('siteDir');
const pages = htmlPages(listFiles(dir)).map((file) => {
  const html = readFileSync(join(dir, file), 'utf8');
  return { url: pageUrl(file, '/'), html, policy: metaCsp(startTags(html)) };
});

describe('the Content-Security-Policy of the built site', () => {
  it('is set by a meta element on every page', () => {
    expect(pages.filter((p) => p.policy === undefined).map((p) => p.url)).toEqual([]);
  });

  it("allows nothing but the site itself ('wasm-unsafe-eval' for Pagefind on the search page only)", () => {
    const problems = pages.flatMap((p) =>
      cspProblems(p.policy ?? '', { allowWasm: p.url === '/search/' }).map((problem) => `${p.url}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('leaves no inline style attributes or event handlers, which the policy would block', () => {
    const offending = pages.flatMap((p) =>
      startTags(p.html).flatMap((tag) =>
        Object.keys(tag.attributes)
          .filter((name) => name === 'style' || /^on[a-z]+$/.test(name))
          .map((name) => `${p.url}: <${tag.name} ${name}>`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
