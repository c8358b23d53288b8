import { describe, expect, inject, it } from 'vitest';
import { readBuild } from '../../scripts/lib/audit/build-files.ts';
import { checkLinks, formatBrokenLinks } from '../../scripts/lib/audit/links.ts';
import { readConfig } from '../../src/lib/config.ts';

const site = readBuild(inject('siteDir'), '/');

describe('links in the built site', () => {
  it('are checked on every page of the build', () => {
    expect(site.pages.size).toBeGreaterThanOrEqual(10);
    expect([...site.pages.values()].every((page) => page.links.length > 0)).toBe(true);
  });

  it('all reach a file of the build, and every #fragment an element with that id', () => {
    const broken = checkLinks(site.pages, site.files, '/', readConfig().site);
    expect(formatBrokenLinks(broken), `${broken.length} broken internal links`).toBe('');
  });
});
