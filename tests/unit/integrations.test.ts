import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { knowledgeFactory } from '../../src/integrations/index.ts';

const config = { contentDir: 'content', site: 'http://localhost:4321', base: '/' };

/** What the one integration installs, by name, in order. */
function installed(): string[] {
  const added: AstroIntegration[] = [];
  const setup = knowledgeFactory(config).hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    updateConfig: (update: { integrations?: AstroIntegration[] }) => added.push(...(update.integrations ?? [])),
  });
  return added.map((integration) => integration.name);
}

describe('knowledgeFactory, the site’s one integration', () => {
  it('installs the content check first and the whole-dist swap last, so a build replaces dist/ only once all ran', () => {
    const names = installed();
    expect(names[0]).toBe('kf:validate-content');
    expect(names.at(-1)).toBe('kf:build-whole');
    expect(new Set(names).size).toBe(names.length);
  });

  it('installs the rendered-pages middleware before every integration that reads the pages it shows', () => {
    const names = installed();
    for (const reader of ['kf:page-csp', 'kf:pagefind', 'kf:qr-codes'])
      expect(names.indexOf('kf:rendered-pages')).toBeLessThan(names.indexOf(reader));
    // The policy is pruned before the indexer and the QR codes see the page as it will be written.
    expect(names.indexOf('kf:page-csp')).toBeLessThan(names.indexOf('kf:pagefind'));
  });
});
