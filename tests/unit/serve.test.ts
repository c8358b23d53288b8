import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../src/lib/serve.ts';

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
