import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles } from '../../scripts/lib/audit/build-files.ts';
import { editorFacingPhrases } from '../content/editorial.ts';
import { parse } from 'yaml';
import { REDIRECT_ATTRIBUTE } from '../../src/pipeline/redirects.ts';

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

  it('names the publisher and its e-mail address in the footer of every page, as content/site.yaml gives them', () => {
    const [settings] = parse(readFileSync('content/site.yaml', 'utf8')) as { publisher: string; email: string }[];
    expect(settings?.email).toMatch(/@/);
    const pages = htmlPages(listFiles(dist))
      .map((page) => ({ page, html: readFileSync(join(dist, page), 'utf8') }))
      .filter(({ html }) => !html.includes(REDIRECT_ATTRIBUTE));
    expect(pages.length).toBeGreaterThan(10);
    const without = pages
      .filter(({ html }) => {
        const footer = html.slice(html.indexOf('<footer class="site-footer"'));
        return (
          !footer.includes(`href="mailto:${settings?.email}"`) ||
          !footer.includes(`Published by the ${settings?.publisher}:`)
        );
      })
      .map(({ page }) => page);
    expect(without).toEqual([]);
  });

  it('follows the EU funding statement with its disclaimer on every page', () => {
    const footer = readFileSync(join(dist, 'index.html'), 'utf8').split('<footer class="site-footer"')[1] ?? '';
    const statement = footer.indexOf('grant agreement No 832875.');
    const disclaimer = footer.search(
      /Commission is not responsible for any use that may be made of the information it contains/,
    );
    expect(statement).toBeGreaterThan(-1);
    expect(disclaimer).toBeGreaterThan(statement);
  });
});
