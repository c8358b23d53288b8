import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { headersFor, parseHeaders, resolveRequestPath, serveStatic } from '../../scripts/lib/serve.ts';
import { headersUnderBase } from '../../src/pipeline/public/headers-file.ts';

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

describe('the static server on a small site under a base path', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'kf-serve-'));
    const files: Record<string, string> = {
      'index.html': '<h1>Home</h1>',
      'toolbox/index.html': '<h1>Toolbox</h1>',
      'empty/.keep': '',
      '404.html': '<h1>Not found</h1>',
      'images/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'events/fair.ics': 'BEGIN:VCALENDAR',
      'templates/mou.docx': 'PK',
      '.env': 'SECRET=1',
      _headers: headersUnderBase(
        '/*\n  X-Content-Type-Options: nosniff\n/images/*\n  Content-Security-Policy: sandbox\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
        '/kf/',
      ),
      '_astro/a.css': 'body{}',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    server = serveStatic(root, '/kf/');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

  it('serves a folder’s index.html at its address, with the headers of every rule that matches it', async () => {
    const response = await get('/kf/toolbox/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('<h1>Toolbox</h1>');
  });

  it('redirects a folder’s address without its trailing slash', async () => {
    const response = await get('/kf/toolbox');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/kf/toolbox/');
  });

  it('answers a missing page, a folder without index.html, a dotfile and anything outside the base with the 404 page', async () => {
    for (const path of ['/kf/nothing/', '/kf/empty/', '/kf/.env', '/toolbox/', '/kf/_astro/gone.css']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe('<h1>Not found</h1>');
    }
  });

  it('sandboxes contributor files and caches hashed assets as the published _headers says', async () => {
    expect((await get('/kf/images/diagram.svg')).headers.get('content-security-policy')).toBe('sandbox');
    expect((await get('/kf/_astro/a.css')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('types the files the site publishes, text with its charset', async () => {
    expect((await get('/kf/events/fair.ics')).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect((await get('/kf/templates/mou.docx')).headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect((await get('/kf/images/diagram.svg')).headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  });
});
