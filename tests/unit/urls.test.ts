import { describe, expect, it } from 'vitest';
import { entryPath, entryRefPath, withBase } from '../../src/lib/urls.ts';

describe('site URLs', () => {
  it('publish each collection at its short public path', () => {
    expect(entryPath('guides', 'pre-commercial-procurement')).toBe('/toolbox/pre-commercial-procurement/');
    expect(entryPath('examples', 'ppi4hpc')).toBe('/examples/ppi4hpc/');
    expect(entryPath('pages', 'join')).toBe('/join/');
    expect(entryRefPath('segments/drones-and-in-drone-technology')).toBe('/segments/drones-and-in-drone-technology/');
  });

  it('put every internal link under the base path', () => {
    expect(withBase('/toolbox/pcp/', '/knowledge-factory/')).toBe('/knowledge-factory/toolbox/pcp/');
    expect(withBase('toolbox/', '/')).toBe('/toolbox/');
    expect(withBase('/', '/kf')).toBe('/kf/');
  });

  it('leave external, mail and fragment links alone', () => {
    expect(withBase('https://www.iprocurenet.eu/', '/kf/')).toBe('https://www.iprocurenet.eu/');
    expect(withBase('mailto:contact@iprocurenet.eu', '/kf/')).toBe('mailto:contact@iprocurenet.eu');
    expect(withBase('#sources', '/kf/')).toBe('#sources');
  });
});
