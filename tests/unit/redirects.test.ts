import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { redirectPage, redirectsOf } from '../../src/pipeline/redirects.ts';
import { outputFile } from '../../src/pipeline/checker/manifest.ts';

const redirect = { from: '/toolbox/old-name/', to: '/toolbox/new-name/', title: 'Award the <contract>' };

describe('redirect pages', () => {
  it('sends the browser on, names the canonical address, and shows a link, all under the base path', () => {
    const html = redirectPage(redirect, 'https://iprocurenet.github.io', '/knowledge-factory/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/knowledge-factory/toolbox/new-name/">');
    expect(html).toContain(
      '<link rel="canonical" href="https://iprocurenet.github.io/knowledge-factory/toolbox/new-name/">',
    );
    expect(html).toContain('<a href="/knowledge-factory/toolbox/new-name/">Award the &lt;contract&gt;</a>');
    expect(html).not.toContain('<script');
  });

  it('is valid HTML with a language, a title and a main heading', async () => {
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'error' },
    }).validateString(redirectPage(redirect, 'https://x.org', '/'));
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });

  it('lists the redirects of published entries only', () => {
    const entries = [
      { path: '/toolbox/new/', data: { title: 'New', redirectFrom: ['/toolbox/old/'] } },
      { path: '/toolbox/draft/', data: { title: 'Draft', draft: true, redirectFrom: ['/toolbox/older/'] } },
    ];
    expect(redirectsOf(entries)).toEqual([{ from: '/toolbox/old/', to: '/toolbox/new/', title: 'New' }]);
  });

  it('writes a directory path as its index.html and a file path as itself', () => {
    expect(outputFile('/toolbox/old/')).toBe('toolbox/old/index.html');
    expect(outputFile('/feed.xml')).toBe('feed.xml');
  });
});
