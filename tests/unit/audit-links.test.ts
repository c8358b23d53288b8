import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  fileForPath,
  formatBrokenLinks,
  pageUrl,
  readPage,
  resolveLink,
  type PageLinks,
} from '../../scripts/lib/audit/links.ts';

const ORIGIN = 'http://localhost:4321';

function site(base: string, pages: Record<string, string>, otherFiles: string[] = []) {
  const map = new Map<string, PageLinks>(
    Object.entries(pages).map(([file, html]) => [file, readPage(html, pageUrl(file, base))]),
  );
  return checkLinks(map, new Set([...Object.keys(pages), ...otherFiles]), base, ORIGIN);
}

describe('pageUrl', () => {
  it('maps index files to directory URLs under the base', () => {
    expect(pageUrl('index.html', '/')).toBe('/');
    expect(pageUrl('toolbox/pcp/index.html', '/kf/')).toBe('/kf/toolbox/pcp/');
  });

  it('keeps other HTML files as they are', () => {
    expect(pageUrl('404.html', '/kf/')).toBe('/kf/404.html');
  });
});

describe('resolveLink', () => {
  it('resolves relative links against the page', () => {
    expect(resolveLink('../pcp/#scope', '/kf/toolbox/jcbpp/', ORIGIN)).toEqual({
      path: '/kf/toolbox/pcp/',
      fragment: 'scope',
    });
  });

  it('treats the configured site origin as internal and others as external', () => {
    expect(resolveLink(`${ORIGIN}/about/`, '/', ORIGIN)).toEqual({ path: '/about/', fragment: undefined });
    expect(resolveLink('https://example.org/about/', '/', ORIGIN)).toBeUndefined();
    expect(resolveLink('mailto:someone@example.org', '/', ORIGIN)).toBeUndefined();
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveLink('/a%20b/#caf%C3%A9', '/', ORIGIN)).toEqual({ path: '/a b/', fragment: 'café' });
  });

  it('reports a bare # as an empty fragment', () => {
    expect(resolveLink('#', '/x/', ORIGIN)).toEqual({ path: '/x/', fragment: '' });
  });
});

describe('fileForPath', () => {
  it('serves directories from index.html and refuses paths outside the base', () => {
    expect(fileForPath('/kf/toolbox/', '/kf/')).toBe('toolbox/index.html');
    expect(fileForPath('/kf/', '/kf/')).toBe('index.html');
    expect(fileForPath('/toolbox/', '/kf/')).toBeUndefined();
  });
});

describe('checkLinks', () => {
  it('accepts links to existing pages, assets and fragments', () => {
    expect(
      site(
        '/',
        {
          'index.html': '<a href="/a/#x">a</a><link rel="stylesheet" href="/s.css">',
          'a/index.html': '<h2 id="x">X</h2><a href="#top">top</a>',
        },
        ['s.css'],
      ),
    ).toEqual([]);
  });

  it('reports a missing page, naming the page the link is on', () => {
    expect(site('/', { 'index.html': '<a href="/missing/">m</a>' })).toEqual([
      { page: '/', link: '<a href="/missing/">', problem: 'no such file in the build: missing/index.html' },
    ]);
  });

  it('reports a fragment without a matching id', () => {
    const broken = site('/', { 'index.html': '<a href="/a/#nope">a</a>', 'a/index.html': '<h2 id="x">X</h2>' });
    expect(broken.map((b) => b.problem)).toEqual(['no element with id="nope" in /a/']);
  });

  it('reports a same-page fragment without a matching id', () => {
    expect(site('/', { 'index.html': '<a href="#main">skip</a>' }).map((b) => b.problem)).toEqual([
      'no element with id="main" in /',
    ]);
  });

  it('reports root-relative links that ignore the base path', () => {
    const broken = site('/kf/', { 'index.html': '<a href="/toolbox/">t</a>', 'toolbox/index.html': '' });
    expect(broken[0]?.problem).toMatch(/outside the base path \/kf\//);
  });

  it('suggests the trailing slash when the page exists as a folder', () => {
    const broken = site('/', { 'index.html': '<a href="/a">a</a>', 'a/index.html': '' });
    expect(broken[0]?.problem).toMatch(/add the trailing slash/);
  });

  it('checks srcset candidates, script sources and form actions', () => {
    const broken = site(
      '/',
      {
        'index.html':
          '<img alt="" srcset="/a.png 1x, /b.png 2x"><script src="/s.js"></script><form action="/search/"></form>',
      },
      ['a.png'],
    );
    expect(broken.map((b) => b.link)).toEqual([
      '<img srcset="/b.png">',
      '<script src="/s.js">',
      '<form action="/search/">',
    ]);
  });

  it('ignores external links', () => {
    expect(site('/', { 'index.html': '<a href="https://example.org/x/">x</a><a href="tel:+3212">t</a>' })).toEqual([]);
  });
});

describe('formatBrokenLinks', () => {
  it('groups one broken link found on many pages into one line', () => {
    const text = formatBrokenLinks([
      { page: '/', link: '<a href="/join/">', problem: 'missing' },
      { page: '/about/', link: '<a href="/join/">', problem: 'missing' },
      { page: '/about/', link: '<a href="/join/">', problem: 'missing' },
    ]);
    expect(text).toBe('<a href="/join/"> missing\n    on 2 pages: /, /about/');
  });
});
