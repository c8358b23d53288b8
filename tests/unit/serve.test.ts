import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, resolveRequestPath } from '../../scripts/lib/serve.ts';

describe('the static server', () => {
  it('serves a directory URL from its index.html', () => {
    expect(resolveRequestPath('/site', '/', '/toolbox/')).toBe('/site/toolbox/index.html');
  });

  it('serves files under the base path and nothing outside it', () => {
    expect(resolveRequestPath('/site', '/kf/', '/kf/pagefind/pagefind.js')).toBe('/site/pagefind/pagefind.js');
    expect(resolveRequestPath('/site', '/kf/', '/toolbox/')).toBeUndefined();
  });

  it('never escapes the site folder', () => {
    expect(resolveRequestPath('/site', '/', '/../etc/passwd')).toBe('/site/etc/passwd');
    expect(resolveRequestPath('/site', '/', '/%2e%2e/%2e%2e/etc/passwd')?.startsWith('/site/')).toBe(true);
  });

  it('ignores the query string', () => {
    expect(resolveRequestPath('/site', '/', '/search/?q=drones')).toBe('/site/search/index.html');
  });
});

describe('the headers of a _headers file', () => {
  const rules = parseHeaders(
    '# comment\n/*\n  X-Frame-Options: DENY\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n/search/\n  X-Robots-Tag: noindex\n',
  );

  it('reads each path with its indented headers, names lowercased', () => {
    expect(rules).toEqual([
      {
        path: '/*',
        line: 2,
        headers: [
          ['x-frame-options', 'DENY'],
          ['cache-control', 'no-cache'],
        ],
      },
      { path: '/_astro/*', line: 6, headers: [['cache-control', 'public, max-age=31536000, immutable']] },
      { path: '/search/', line: 8, headers: [['x-robots-tag', 'noindex']] },
    ]);
  });

  it('sends every matching rule, joining the values of a header two rules set, and an exact path only at that path', () => {
    // Cloudflare Pages and Netlify join them with a comma; two Content-Security-Policy values are two policies, both enforced.
    expect(headersFor(rules, '/_astro/a.css')).toEqual({
      'x-frame-options': 'DENY',
      'cache-control': 'no-cache, public, max-age=31536000, immutable',
    });
    expect(headersFor(rules, '/search/')['x-robots-tag']).toBe('noindex');
    expect(headersFor(rules, '/search/more/')['x-robots-tag']).toBeUndefined();
  });
});
