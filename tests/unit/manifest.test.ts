import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  manifestFromBuild,
  manifestPath,
  manifestProblems,
  mergeManifests,
  missingFromBuild,
  publishedAnchors,
  serialiseManifest,
} from '../../src/pipeline/checker/manifest.ts';
import { redirectPage } from '../../src/pipeline/redirects.ts';
import { SiteMap } from '../../src/pipeline/checker/publication-map.ts';

describe('published-URL manifest', () => {
  it('never drops an address or an anchor when merged with a newer build', () => {
    const merged = mergeManifests(
      { urls: { '/old/': [], '/toolbox/x/': ['a'] } },
      { urls: { '/toolbox/x/': ['b'], '/new/': [] } },
    );
    expect(merged).toEqual({ urls: { '/old/': [], '/toolbox/x/': ['a', 'b'], '/new/': [] } });
  });

  it('is written one address per line, sorted, so a diff shows what was added', () => {
    const text = serialiseManifest({ urls: { '/b/': ['y', 'x'], '/a/': [] } });
    expect(text.split('\n').slice(3, 5)).toEqual(['    "/a/": [],', '    "/b/": ["x","y"]']);
    expect(JSON.parse(text).urls).toEqual({ '/a/': [], '/b/': ['x', 'y'] });
  });

  it('takes content heading ids and aliases from built HTML, not ids of page chrome', () => {
    const html =
      '<h2 id="sources">Sources</h2><div class="heading-wrapper"><h2 id="purpose"><span id="old" class="anchor-alias"></span>Purpose</h2><a class="heading-link" href="#purpose"></a></div>';
    expect(publishedAnchors(html)).toEqual(['old', 'purpose']);
  });

  it('lists pages and feeds of a build, but not redirect pages, 404 or assets', () => {
    const out = mkdtempSync(join(tmpdir(), 'kf-manifest-'));
    for (const dir of ['toolbox/x', 'toolbox/old', '404', '_astro']) mkdirSync(join(out, dir), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<h1>Home</h1>');
    writeFileSync(
      join(out, 'toolbox/x/index.html'),
      '<div class="heading-wrapper"><h2 id="purpose">Purpose</h2></div>',
    );
    writeFileSync(
      join(out, 'toolbox/old/index.html'),
      redirectPage({ from: '/toolbox/old/', to: '/toolbox/x/', title: 'X' }, 'https://x.org', '/'),
    );
    writeFileSync(join(out, '404.html'), 'not found');
    writeFileSync(join(out, '_astro/app.css'), '');
    writeFileSync(join(out, 'feed.xml'), '<rss/>');
    writeFileSync(join(out, 'sitemap-index.xml'), '<sitemapindex/>');
    expect(manifestFromBuild(out)).toEqual({ urls: { '/': [], '/feed.xml': [], '/toolbox/x/': ['purpose'] } });
  });

  it('names the addresses a build no longer produces, counting redirect pages as produced', () => {
    const out = mkdtempSync(join(tmpdir(), 'kf-manifest-'));
    mkdirSync(join(out, 'toolbox/old'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '');
    writeFileSync(
      join(out, 'toolbox/old/index.html'),
      redirectPage({ from: '/toolbox/old/', to: '/', title: 'Home' }, 'https://x.org', '/'),
    );
    expect(missingFromBuild({ urls: { '/': [], '/toolbox/old/': [], '/search/': [], '/feed.xml': [] } }, out)).toEqual([
      '/search/',
      '/feed.xml',
    ]);
  });

  it('lives in src/data for the project content and beside fixture content otherwise', () => {
    expect(manifestPath('/repo/content', '/repo')).toBe('/repo/src/data/published-urls.json');
    expect(manifestPath('/tmp/fixture', '/repo')).toBe('/tmp/fixture/published-urls.json');
  });
});

describe('the manifest check and dynamic routes', () => {
  const pagesDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-routes-'));
    for (const file of ['events/kind/[kind].astro', 'toolbox/[slug].astro', 'toolbox/phase/[phase]/[...page].astro']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    return dir;
  };
  const manifestWith = (urls: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kf-manifest-')), 'published-urls.json');
    writeFileSync(file, serialiseManifest({ urls: Object.fromEntries(urls.map((url) => [url, []])) }));
    return file;
  };

  it('leaves addresses of listing routes to the build, which alone knows their parameters', async () => {
    const site = new SiteMap([], pagesDir(), '/nonexistent');
    expect(site.isListing('/events/kind/training/')).toBe(true);
    expect(site.isListing('/toolbox/phase/prepare/')).toBe(true);
    expect(site.isListing('/toolbox/phase/prepare/2/')).toBe(true);
    const problems = await manifestProblems(
      manifestWith(['/events/kind/training/', '/toolbox/phase/prepare/2/']),
      '/',
      site,
    );
    expect(problems).toEqual([]);
  });

  it('still reports a vanished entry of a route that publishes entries', async () => {
    const site = new SiteMap([], pagesDir(), '/nonexistent');
    expect(site.isListing('/toolbox/joint-tender/')).toBe(false);
    const problems = await manifestProblems(manifestWith(['/toolbox/joint-tender/']), '/', site);
    expect(problems.map((p) => p.field)).toEqual(['/toolbox/joint-tender/']);
  });
});
