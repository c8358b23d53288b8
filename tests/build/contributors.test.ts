import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILD_HOOK_TIMEOUT, buildSite, removeBuilds, TEST_REPO_URL, type BuildResult } from '../support/build.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';
import { readManifest } from '../../src/pipeline/checker/manifest.ts';
import { RESERVED_GUIDE_SLUGS } from '../../src/lib/toolbox-sections.ts';
import { EDITORIAL_NOTE, FIXTURE_EVENTS } from '../support/fixture-sites.ts';

const dist = inject('siteDir');
const html = (dir: string, page: string) => readFileSync(join(dir, page), 'utf8');

/** Guide pages of the real build, by file: every folder under toolbox/ but the toolbox's own pages (the printable toolbox, section pages). */
const guides = () =>
  readdirSync(join(dist, 'toolbox'), { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && !RESERVED_GUIDE_SLUGS.includes(d.name) && !['phase', 'instrument'].includes(d.name),
    )
    .map((d) => `toolbox/${d.name}/index.html`);

describe('contributor and trainer features of the real site', () => {
  it('every guide links "Edit this page" to its source file in the repository editor', () => {
    for (const page of guides()) {
      expect(html(dist, page), page).toMatch(
        new RegExp(`<a href="${TEST_REPO_URL}/edit/main/content/guides/[a-z-]+/[a-z0-9-]+\\.mdx"[^>]*>Edit this page`),
      );
    }
  });

  it('every guide has a trainers panel with its canonical address, its section links and a QR code', () => {
    const page = html(dist, guides()[0] as string);
    const panel = page.slice(page.indexOf('class="for-trainers"'));
    expect(panel).toMatch(/<summary[^>]*>For trainers: link, section links and QR code<\/summary>/);
    expect(panel).toMatch(/<code class="address"[^>]*>http:\/\/localhost:4321\/toolbox\/[a-z0-9-]+\/<\/code>/);
    expect(panel).toMatch(
      /<code class="address"[^>]*>http:\/\/localhost:4321\/toolbox\/[a-z0-9-]+\/#[a-z0-9-]+<\/code>/,
    );
    const qr =
      /<img src="(\/qr\/toolbox\/[a-z0-9-]+\.svg)" alt="QR code of http:\/\/localhost:4321\/toolbox\/[a-z0-9-]+\/"[^>]*loading="lazy"/.exec(
        panel,
      );
    expect(qr, 'a lazily loaded QR code image').not.toBeNull();
    const svg = readFileSync(join(dist, qr?.[1] ?? ''), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('gives every content section heading a self-link', () => {
    const page = html(dist, guides()[0] as string);
    const wrapped = [
      ...page.matchAll(
        /<div class="heading-wrapper"><h2 id="([^"]+)"[^>]*>.*?<\/h2><a class="heading-link" href="#([^"]+)"/g,
      ),
    ];
    expect(wrapped.length).toBeGreaterThan(0);
    for (const [, id, target] of wrapped) expect(target).toBe(id);
  });

  it('still publishes every address and section anchor listed in the manifest', () => {
    const manifest = readManifest(join(process.cwd(), 'src/data/published-urls.json'));
    expect(manifest).toBeDefined();
    const urls = Object.entries(manifest?.manifest.urls ?? {});
    expect(urls.length).toBeGreaterThan(20);
    for (const [url, anchors] of urls) {
      const file = join(dist, url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
      expect(existsSync(file), url).toBe(true);
      const page = readFileSync(file, 'utf8');
      for (const anchor of anchors) expect(page, `${url}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });
});

describe('a site with moved pages, aliases and components, under a base path', () => {
  // The contributor fixture of tests/support/fixture-sites.ts, built once by the global setup.
  const build = inject('contributorSite');

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes a redirect page at the old address that leads to the new one under the base path', () => {
    const page = html(build.outDir, 'old-about/index.html');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/knowledge-factory/about/">');
    expect(page).toContain('<link rel="canonical" href="https://example.github.io/knowledge-factory/about/">');
    expect(page).toContain('<a href="/knowledge-factory/about/">About</a>');
  });

  it('keeps the old section id working at the renamed heading', () => {
    expect(html(build.outDir, 'toolbox/identify-joint-needs/index.html')).toContain(
      '<h2 id="purpose"><span id="our-purpose" class="anchor-alias"></span>Purpose</h2>',
    );
  });

  it('prefixes the base path to site paths written in content', () => {
    expect(html(build.outDir, 'toolbox/identify-joint-needs/index.html')).toContain(
      'href="/knowledge-factory/examples/ppi4hpc/"',
    );
  });

  it('renders content components without imports, and a recording as a link to its moment, never an iframe', () => {
    const page = html(build.outDir, 'toolbox/identify-joint-needs/index.html');
    expect(page).toMatch(/class="callout callout-tip"[^>]*role="note"/);
    expect(page).toContain('href="https://www.youtube.com/watch?v=abc&amp;t=754s"');
    expect(page).not.toContain('<iframe');
  });
});

describe('what readers are told is new, and events as a programme and an archive', () => {
  // The contributor fixture: an editorial note newer than any other, two events to come and one past.
  const build = inject('contributorSite');
  const page = (file: string) => html(build.outDir, file);
  const calendarLink = /Add to your calendar/;

  it('never puts an editorial change note on the home page or in the feed, but keeps it in the page history', () => {
    expect(build.status, build.output).toBe(0);
    expect(page('index.html')).not.toContain(EDITORIAL_NOTE);
    const feed = page('feed.xml');
    expect(feed).not.toContain(EDITORIAL_NOTE);
    expect(page('examples/ppi4hpc/index.html')).toContain(EDITORIAL_NOTE);
    // The example's last news is its publication, so that is what the home page and the feed report, and when.
    expect(page('index.html')).toMatch(/examples\/ppi4hpc\/">[^<]+<\/a>\s*<p class="meta">New example<\/p>/);
    const entry = feed.split('<entry>').find((e) => e.includes('/examples/ppi4hpc/'));
    expect(entry).toContain('<updated>2026-11-20T00:00:00Z</updated>');
    expect(entry).not.toContain('2026-12-04');
  });

  it('offers a calendar entry only for an event to come whose days are known', () => {
    const day = page(`events/${FIXTURE_EVENTS.upcomingDay}/index.html`);
    expect(day).toMatch(calendarLink);
    expect(day).toContain(`href="/knowledge-factory/events/${FIXTURE_EVENTS.upcomingDay}.ics"`);
    expect(existsSync(join(build.outDir, `events/${FIXTURE_EVENTS.upcomingDay}.ics`))).toBe(true);
    expect(page(`events/${FIXTURE_EVENTS.past}/index.html`)).not.toMatch(calendarLink);
    expect(page(`events/${FIXTURE_EVENTS.upcomingMonth}/index.html`)).not.toMatch(calendarLink);
  });

  it('never exports an event known only to the month to a calendar', () => {
    expect(existsSync(join(build.outDir, `events/${FIXTURE_EVENTS.upcomingMonth}.ics`))).toBe(false);
    // Unfolded: long lines continue on the next line after a space (RFC 5545 3.1).
    const all = page('events.ics').replace(/\r\n /g, '');
    expect(all).toContain(`/events/${FIXTURE_EVENTS.upcomingDay}/`);
    expect(all).not.toContain(`/events/${FIXTURE_EVENTS.upcomingMonth}/`);
  });

  it('shows the events to come on the home page while there are any', () => {
    const home = page('index.html');
    const events = home.slice(
      home.indexOf('<h2 id="events"'),
      home.indexOf('</section>', home.indexOf('<h2 id="events"')),
    );
    expect(events).toContain('Upcoming events');
    expect(events).toContain(`/events/${FIXTURE_EVENTS.upcomingDay}/`);
    expect(events).not.toContain(`/events/${FIXTURE_EVENTS.past}/`);
  });

  it('says so on the page of a kind with no events, instead of an empty list', () => {
    const training = page('events/kind/training/index.html');
    expect(training).toContain('No trainings are recorded yet.');
    expect(training).not.toContain('<ul class="entry-list">');
  });
});

describe('a build with content the checker rejects', () => {
  let esmImport: BuildResult;
  let missingSection: BuildResult;
  let removedPage: BuildResult;
  beforeAll(() => {
    const withImport = copyValidContent();
    edit(withImport, 'pages/about.mdx', 'About the site.', 'import X from "node:fs"\n\nAbout the site.');
    esmImport = buildSite({ KF_CONTENT_DIR: withImport });
    const withLink = copyValidContent();
    edit(withLink, 'pages/about.mdx', 'About the site.', 'See [the purpose](/toolbox/identify-joint-needs/#why).');
    missingSection = buildSite({ KF_CONTENT_DIR: withLink });
    const withManifest = copyValidContent();
    writeFileSync(
      join(withManifest, 'published-urls.json'),
      JSON.stringify({ urls: { '/about/': [], '/examples/retired/': [] } }),
    );
    removedPage = buildSite({ KF_CONTENT_DIR: withManifest });
  }, BUILD_HOOK_TIMEOUT);
  afterAll(() => removeBuilds(esmImport, missingSection, removedPage));

  it('fails on an import statement in MDX, naming the file and line', () => {
    expect(esmImport.status).not.toBe(0);
    expect(esmImport.output).toMatch(
      /pages\/about\.mdx:6:1 {2}mdx:no-esm {2}import statements are not allowed in content/,
    );
  });

  it('fails on a link to a missing section', () => {
    expect(missingSection.status).not.toBe(0);
    expect(missingSection.output).toContain(
      'pages/about.mdx:6:5  link  "/toolbox/identify-joint-needs/#why" links to a section #why that /toolbox/identify-joint-needs/ does not have',
    );
  });

  it('fails when a published page was removed without a redirect', () => {
    expect(removedPage.status).not.toBe(0);
    expect(removedPage.output).toContain('/examples/retired/ was published and the site no longer has it');
  });
});
