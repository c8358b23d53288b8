import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/serve.ts';
import { headersUnderBase } from '../../src/pipeline/public/headers-file.ts';

const rules = parseHeaders(readFileSync(join(process.cwd(), 'public/_headers'), 'utf8'));
const headers = new Map(rules.map((rule) => [rule.path, new Map(rule.headers)]));
const csp = (headers.get('/*')?.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/));

describe('the security headers for static hosts (public/_headers)', () => {
  it('forbid framing, which a CSP in a <meta> cannot say', () => {
    expect(csp).toContainEqual(['frame-ancestors', "'none'"]);
    expect(headers.get('/*')?.get('x-frame-options')).toBe('DENY');
  });

  it('leave scripts and styles to the page policy, whose hashes differ per page', () => {
    // Both policies apply; a script-src, style-src or default-src here would block the page's hashed inline code.
    for (const directive of ['default-src', 'script-src', 'style-src'])
      expect(csp.map((d) => d[0])).not.toContain(directive);
  });

  it('allow nothing from another origin', () => {
    for (const [name, ...sources] of csp)
      for (const source of sources) expect(["'none'", "'self'", 'data:'], `${name} ${source}`).toContain(source);
  });

  it('stop MIME sniffing and set a referrer and permissions policy', () => {
    const all = headers.get('/*');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toMatch(/^(no-referrer|strict-origin-when-cross-origin|same-origin)$/);
    expect(all?.get('permissions-policy')).toContain('camera=()');
  });

  it('cache hashed assets and search fragments for a year, and nothing whose name does not change', () => {
    for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*']) {
      expect(headers.get(path)?.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    // pagefind.js and pagefind-entry.json keep their names from build to build.
    expect(headers.has('/pagefind/*')).toBe(false);
  });

  it('give a hashed asset both the security headers and the year of caching', () => {
    const asset = headersFor(rules, '/_astro/BaseLayout.Cs0jFqXc.css');
    expect(asset['cache-control']).toContain('immutable');
    expect(asset['x-content-type-options']).toBe('nosniff');
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toBeUndefined();
  });

  it('serve contributor files under a second, sandboxing policy, which the host joins to the site-wide one', () => {
    const policy = headersFor(rules, '/images/diagram.svg')['content-security-policy'] ?? '';
    const [site, sandbox] = policy.split(', ');
    expect(site).toContain("frame-ancestors 'none'");
    expect(sandbox?.split('; ')).toEqual(expect.arrayContaining(['sandbox', "default-src 'none'"]));
    expect(headersFor(rules, '/toolbox/pcp/')['content-security-policy']).not.toContain('sandbox');
  });
});

describe('the _headers of a site built under a base path', () => {
  const source = readFileSync(join(process.cwd(), 'public/_headers'), 'utf8');
  const published = parseHeaders(headersUnderBase(source, '/knowledge-factory/'));

  it('protects every page and every contributor file at the address a browser asks for', () => {
    const page = headersFor(published, '/knowledge-factory/toolbox/pcp/');
    expect(page['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page['x-content-type-options']).toBe('nosniff');
    for (const file of ['/knowledge-factory/images/diagram.svg', '/knowledge-factory/documents/report.pdf'])
      expect(headersFor(published, file)['content-security-policy'], file).toMatch(/, sandbox; default-src 'none'/);
    expect(headersFor(published, '/knowledge-factory/_astro/a.css')['cache-control']).toContain('immutable');
  });

  it('would leave contributor files unsandboxed if published as written, which is why the build rewrites it', () => {
    const asWritten = parseHeaders(source);
    expect(headersFor(asWritten, '/knowledge-factory/images/diagram.svg')['content-security-policy']).not.toContain(
      'sandbox',
    );
  });

  it('puts the base in front of rule paths only, keeping comments, headers and CRLF line ends', () => {
    expect(headersUnderBase('# /* all\r\n/*\r\n  X-Frame-Options: DENY\r\n/images/*\r\n', '/kf/')).toBe(
      '# /* all\r\n/kf/*\r\n  X-Frame-Options: DENY\r\n/kf/images/*\r\n',
    );
    expect(headersUnderBase('/*\n', '/kf')).toBe('/kf/*\n');
    expect(headersUnderBase(source, '/')).toBe(source);
  });
});
