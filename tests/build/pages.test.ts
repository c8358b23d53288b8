import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { editorFacingPhrases } from '../content/editorial.ts';

const dist = inject('siteDir');

describe('the built site', () => {
  it.each([
    'index.html',
    'toolbox/index.html',
    'examples/index.html',
    'segments/index.html',
    'events/index.html',
    'directory/index.html',
    'glossary/index.html',
    'search/index.html',
    'about/index.html',
    '404.html',
  ])('has %s', (page) => {
    expect(existsSync(join(dist, page))).toBe(true);
  });

  it('lists every contact point in the directory with a mailto link', () => {
    const html = readFileSync(join(dist, 'directory/index.html'), 'utf8');
    expect(html).toContain('href="mailto:estonia@iprocurenet.eu"');
    // The report's misspelt domain may be named where the correction is explained, but is never an address.
    expect(html).not.toMatch(/href="[^"]*iprocorenet/i);
    expect(html).not.toMatch(/[\w.+-]+@iprocorenet/i);
  });

  it('never talks to readers about the editors or what the sources lack, in content or in the site’s own wording', () => {
    const found = htmlPages(listFiles(dist)).flatMap((page) => {
      const text = readFileSync(join(dist, page), 'utf8')
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]*>/g, ' ');
      return editorFacingPhrases(text).map((phrase) => `${page}: ${phrase}`);
    });
    expect(found).toEqual([]);
  });
});
