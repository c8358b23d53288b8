/**
 * A host matches `_headers` rules against the path a browser asks for. The
 * contributor fixture site is built under /knowledge-factory/, so its
 * published `_headers` must name that path, and the local server, which
 * matches as a host does, must send the site's policies and the sandbox there.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeaders, serveStatic } from '../../scripts/lib/serve.ts';
import { CONTRIBUTOR_SITE_ENV } from '../support/fixture-sites.ts';

const BASE = CONTRIBUTOR_SITE_ENV.KF_BASE;

describe('the _headers of a site built under a base path', () => {
  const build = inject('contributorSite');
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = serveStatic(build.outDir, BASE);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('names every rule by the address under the base path', () => {
    expect(build.status, build.output).toBe(0);
    const paths = parseHeaders(readFileSync(join(build.outDir, '_headers'), 'utf8')).map((rule) => rule.path);
    expect(paths).toEqual(expect.arrayContaining([`${BASE}*`, `${BASE}images/*`, `${BASE}documents/*`]));
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });

  it('sandboxes contributor files at their address', () => {
    const rules = parseHeaders(readFileSync(join(build.outDir, '_headers'), 'utf8'));
    expect(headersFor(rules, `${BASE}images/diagram.svg`)['content-security-policy']).toMatch(
      /, sandbox; default-src 'none'/,
    );
  });

  it('is what the local server sends for a page under the base path', async () => {
    const response = await fetch(`${origin}${BASE}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the _headers of a site built at the root', () => {
  it('is public/_headers as written', () => {
    expect(readFileSync(join(inject('siteDir'), '_headers'), 'utf8')).toBe(
      readFileSync(join(process.cwd(), 'public/_headers'), 'utf8'),
    );
  });
});
