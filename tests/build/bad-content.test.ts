import { copyFileSync, existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HOOK_TIMEOUT, buildSite, removeBuilds, type BuildResult } from '../support/build.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';

/**
 * Builds the fixture content with three rules broken in three files: the build must fail, name each on its own
 * line and leave no site behind. One build, since a failing build reports every problem at once.
 */
function buildBroken() {
  const content = copyValidContent();
  edit(content, 'examples/ppi4hpc.mdx', 'segments: []', 'segments: [drones]');
  edit(content, 'contacts/ee.yaml', 'country: EE', 'country: UK');
  edit(content, 'events/fixture-workshop.mdx', 'start: 2023-09-12', 'start: 2023-09-31');
  return buildSite({ KF_CONTENT_DIR: content });
}

/** The fixture content with one file of every hostile class added; the build must name each. */
function buildHostile() {
  const content = copyValidContent();
  const hostile = join(process.cwd(), 'tests/fixtures/hostile');
  copyFileSync(join(hostile, 'invalid-control-character-title.mdx'), join(content, 'events/injected.mdx'));
  copyFileSync(join(hostile, 'invalid-alias-bomb.yaml'), join(content, 'contacts/bomb.yaml'));
  copyFileSync(join(hostile, 'invalid-second-ipnc.yaml'), join(content, 'contacts/ee2.yaml'));
  copyFileSync(join(hostile, 'invalid-url-scheme.mdx'), join(content, 'pages/schemes.mdx'));
  copyFileSync(join(hostile, 'invalid-redirect-targets.mdx'), join(content, 'pages/redirects.mdx'));
  copyFileSync(join(hostile, 'valid-draft-page.mdx'), join(content, 'pages/draft-page.mdx'));
  copyFileSync(join(hostile, 'valid-draft-page.mdx'), join(content, 'pages/search.mdx'));
  copyFileSync(join(hostile, 'valid-draft-page.mdx'), join(content, 'events/fixture-workshop.ics.mdx'));
  writeFileSync(
    join(content, 'pages/latin1.mdx'),
    Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
  );
  const outside = join(mkdtempSync(join(tmpdir(), 'kf-outside-')), 'secret.mdx');
  writeFileSync(
    outside,
    '---\ntitle: Secret\nsummary: A file outside the repository that a link must never publish.\n---\n',
  );
  symlinkSync(outside, join(content, 'pages/secret.mdx'));
  return buildSite({ KF_CONTENT_DIR: content });
}

function producedPages(outDir: string): string[] {
  return existsSync(outDir)
    ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    : [];
}

describe('a build with bad content', () => {
  let valid: BuildResult;
  let broken: BuildResult;
  let hostile: BuildResult;
  beforeAll(() => {
    valid = buildSite({ KF_CONTENT_DIR: copyValidContent() });
    broken = buildBroken();
    hostile = buildHostile();
  }, BUILD_HOOK_TIMEOUT);
  afterAll(() => removeBuilds(valid, broken, hostile));

  it('builds the valid fixture, so the failures below are caused by the broken rules', () => {
    expect(valid.status, valid.output).toBe(0);
    expect(producedPages(valid.outDir)).toContain('toolbox/identify-joint-needs/index.html');
  });

  it('fails on a broken reference, naming the file, line and field, and builds nothing', () => {
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('examples/ppi4hpc.mdx:12:');
    expect(broken.output).toContain(
      'segments.0  "drones" does not match any entry in segments  (did you mean "drones-and-in-drone-technology"?)',
    );
    expect(producedPages(broken.outDir)).toEqual([]);
  });

  it('fails on an unknown country code', () => {
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('contacts/ee.yaml:2:10  country  "UK" is not an ISO 3166-1 country code; use GB');
    expect(producedPages(broken.outDir)).toEqual([]);
  });

  it('fails on a malformed date', () => {
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/events\/fixture-workshop\.mdx:5:8 {2}start {2}"2023-09-31" is not a valid time/);
    expect(producedPages(broken.outDir)).toEqual([]);
  });

  it('fails on hostile inputs, every one named on its own line in one run, and builds nothing', () => {
    expect(hostile.status).not.toBe(0);
    for (const line of [
      'pages/secret.mdx:1:1  -  is a symbolic link; links are never followed',
      'pages/latin1.mdx:2:11  -  the byte 0xE9 is not UTF-8 text, so the file cannot be read',
      'contacts/bomb.yaml:4:19  -  the YAML aliases (*name) expand to too many values (more than 100); the file was not read',
      'events/injected.mdx:2:8  title  contains an invisible carriage return (U+000D) at character 8',
      'contacts/ee2.yaml:2:10  country  ',
      'is already the national contact point (IPNC) for EE; a country has one',
      'pages/schemes.mdx:6:10  sources.0.url  "JaVaScRiPt:alert(document.domain)" is not a web address',
      "pages/redirects.mdx:5:5  redirectFrom.0  /pagefind/old/ is inside /pagefind/, where the build's /pagefind/ folder publishes its own pages",
      'pages/redirects.mdx:8:5  redirectFrom.3  /draft-page/ is the address of the draft ',
      'pages/search.mdx:1:1  -  the page would be published at /search/, which src/pages/search.astro already takes, so it would be lost',
      'events/fixture-workshop.ics.mdx:1:1  -  the file name "fixture-workshop.ics.mdx" is not a slug',
    ]) {
      expect(hostile.output).toContain(line);
    }
    expect(hostile.output).not.toMatch(/^\s+at /m);
    expect(producedPages(hostile.outDir)).toEqual([]);
  });
});
