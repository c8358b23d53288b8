import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_FOLDERS, fixedNames, GENERATED_FILES } from '../../src/pipeline/addresses.ts';
import { slugSuggestion } from '../../src/pipeline/slug-suggestion.ts';

/** A pages folder with the given route files, each empty. */
function pagesWith(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kf-pages-'));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  return dir;
}

describe('the names the site itself takes', () => {
  it('reads page and endpoint names from src/pages, without their route extension', () => {
    const names = fixedNames(
      pagesWith(['index.astro', 'search.astro', 'feed.xml.ts', '404.astro', '[slug].astro']),
      [],
    );
    expect([...(names.get('/')?.keys() ?? [])].sort()).toEqual([
      '404',
      '_astro',
      'feed.xml',
      'index',
      'pagefind',
      'search',
    ]);
    expect(names.get('/')?.get('feed.xml')).toEqual({ owner: 'src/pages/feed.xml.ts', generatedFolder: false });
  });

  it('takes the name of a route folder, and marks one without a page of its own as generated throughout', () => {
    const names = fixedNames(
      pagesWith([
        'toolbox/index.astro',
        'toolbox/[slug].astro',
        'toolbox/phase/[phase]/[...page].astro',
        'events/past/[page].astro',
      ]),
      [],
    );
    expect(names.get('/')?.get('toolbox')).toEqual({ owner: 'src/pages/toolbox/', generatedFolder: false });
    expect(names.get('/toolbox/')?.get('phase')).toEqual({ owner: 'src/pages/toolbox/phase/', generatedFolder: true });
    expect(names.get('/events/')?.get('past')).toEqual({ owner: 'src/pages/events/past/', generatedFolder: true });
    expect(names.get('/toolbox/phase/')).toBeUndefined();
  });

  it('ignores route files Astro ignores, named with a leading underscore', () => {
    expect(
      fixedNames(pagesWith(['_draft.astro', '_parts/x.astro']), [])
        .get('/')
        ?.has('_draft'),
    ).toBe(false);
  });

  it('takes the names of public files and their folders', () => {
    const names = fixedNames(pagesWith([]), ['/favicon.svg', '/images/phases.svg']);
    expect(names.get('/')?.get('images')).toEqual({ owner: 'public/images/', generatedFolder: false });
    expect(names.get('/images/')?.get('phases.svg')).toEqual({
      owner: 'public/images/phases.svg',
      generatedFolder: false,
    });
  });

  it('reserves the folders the build writes', () => {
    const names = fixedNames(pagesWith([]), []);
    for (const folder of BUILD_FOLDERS) expect(names.get('/')?.get(folder)?.generatedFolder).toBe(true);
  });

  it('knows a generated file for each route of src/pages that writes one per entry', () => {
    const pages = join(process.cwd(), 'src/pages');
    for (const address of Object.values(GENERATED_FILES).map((file) => file('x'))) {
      const [, folder = '', extension = ''] = /^\/(.*)\/x(\.[a-z]+)$/.exec(address) ?? [];
      expect(
        readdirSync(join(pages, folder)).some((file) => new RegExp(`^\\[[a-z]+\\]\\${extension}\\.ts$`).test(file)),
        address,
      ).toBe(true);
    }
  });
});

describe('slugSuggestion', () => {
  it.each([
    ['Search Results', 'search-results'],
    ['x.ics', 'x-ics'],
    ['what?', 'what'],
    ['État des lieux', 'etat-des-lieux'],
    ['--', 'new-name'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugSuggestion(name)).toBe(slug);
  });
});
