import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { starlightPath, toStarlightPage, writeStarlightSite } from '../../scripts/bench/starlight.ts';
import { generateCorpus } from '../../scripts/lib/corpus/generate.ts';

describe('starlightPath', () => {
  it('puts a guide at the address it has on our site, /toolbox/<slug>/, whatever its phase folder', () => {
    expect(starlightPath('guides/prepare/guide-00001.mdx')).toBe('src/content/docs/toolbox/guide-00001.mdx');
    expect(starlightPath('guides/cross-cutting/guide-00004.mdx')).toBe('src/content/docs/toolbox/guide-00004.mdx');
  });

  it('puts a free-standing page at the root', () => {
    expect(starlightPath('pages/about.mdx')).toBe('src/content/docs/about.mdx');
  });

  it('has no place for data files or the collections Starlight does not build', () => {
    expect(starlightPath('glossary.yaml')).toBeUndefined();
    expect(starlightPath('contacts/contact-00001.yaml')).toBeUndefined();
    expect(starlightPath('examples/example-00001.mdx')).toBeUndefined();
  });
});

describe('toStarlightPage', () => {
  it('keeps the title, turns the summary into a description and leaves the body untouched', () => {
    const page = toStarlightPage(
      '---\ntitle: "Joint needs: a start (1)"\nsummary: "Why buy together."\nphase: prepare\nsources:\n  - title: x\n---\n\n## Purpose\n\nText with [a link](/toolbox/guide-00002/).\n',
    );
    expect(page).toBe(
      '---\ntitle: "Joint needs: a start (1)"\ndescription: "Why buy together."\n---\n\n## Purpose\n\nText with [a link](/toolbox/guide-00002/).\n',
    );
  });

  it('refuses a page without frontmatter rather than writing one Starlight would reject', () => {
    expect(() => toStarlightPage('## No frontmatter\n')).toThrow('without frontmatter');
  });
});

describe('writeStarlightSite', () => {
  const home = mkdtempSync(join(tmpdir(), 'kf-bench-starlight-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('writes every guide and page of a guides-only corpus with the same body, plus a home page and the config', () => {
    const files = generateCorpus({ entries: 12, guidesOnly: true, pages: ['about'] });
    const site = writeStarlightSite(files, 'test-', home);
    expect(site.dir.startsWith(join(home, 'sites'))).toBe(true);
    expect(site.pages).toBe(12 + 1 + 1);
    const guide = files.find((file) => file.path.endsWith('guide-00007.mdx'));
    const written = readFileSync(join(site.dir, 'src/content/docs/toolbox/guide-00007.mdx'), 'utf8');
    expect(written.split('\n---\n')[1]).toBe(guide?.content.split('\n---\n')[1]);
    expect(readFileSync(join(site.dir, 'astro.config.mjs'), 'utf8')).toContain("starlight({ title: 'Bench' })");
    expect(readFileSync(join(site.dir, 'src/content.config.mjs'), 'utf8')).toContain('docsLoader()');
  });
});
