/**
 * The holes of issue 20 through real builds: a file the check never read is
 * never published, and every hostile file (in content/ and in public/) stops
 * the build with the exact line `npm run check` prints, no stack trace, and
 * the site already in the output folder left as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_HOOK_TIMEOUT, buildSite, newBuildDir, type BuildResult } from '../support/build.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';

const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile');

function snapshot(outDir: string): Map<string, string> {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|xml|ics|vcf|svg)$/.test(f),
  );
  return new Map(files.map((f) => [f, readFileSync(join(outDir, f), 'utf8')]));
}

/** The project's public/ with hostile files added. */
function hostilePublic(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kf-public-')), 'public');
  cpSync(join(process.cwd(), 'public'), dir, { recursive: true });
  mkdirSync(join(dir, 'images'), { recursive: true });
  mkdirSync(join(dir, 'search'), { recursive: true });
  copyFileSync(join(HOSTILE, 'public/invalid-script.svg'), join(dir, 'images/diagram.svg'));
  copyFileSync(join(HOSTILE, 'public/invalid-page.html'), join(dir, 'images/guide.html'));
  copyFileSync(join(HOSTILE, 'public/invalid-page.html'), join(dir, 'search/index.html'));
  copyFileSync(join(HOSTILE, 'public/invalid-redirects-off-site'), join(dir, '_redirects'));
  return dir;
}

/** Content with one hostile file per hole, and the lines the check gives for it. */
async function hostileSite(): Promise<{ env: Record<string, string>; expected: string[] }> {
  const content = copyValidContent();
  edit(content, 'glossary.yaml', 'term: PPI', 'term: !note PPI');
  for (const [fixture, to] of [
    ['invalid-percent-fragment.mdx', 'pages/percent.mdx'],
    ['invalid-constructor-element.mdx', 'pages/inherited.mdx'],
    ['invalid-nested-marks.mdx', 'pages/marks.mdx'],
    ['invalid-star-run.mdx', 'pages/stars.mdx'],
    ['invalid-redirect-host-file.mdx', 'pages/host-file.mdx'],
    ['invalid-end-before-start-across-zones.mdx', 'events/early-end.mdx'],
    ['invalid-far-future-change.mdx', 'pages/pinned.mdx'],
    ['invalid-page-chrome.mdx', 'pages/chrome.mdx'],
    // A contact set aside by its name once bypassed every rule and built; now it is refused, like any unread file.
    ['hidden-second-ipnc.yaml', 'contacts/_ee2.yaml'],
    ['invalid-control-character-body.mdx', 'pages/bell.mdx'],
  ] as const)
    copyFileSync(join(HOSTILE, fixture), join(content, to));
  const publicDir = hostilePublic();
  const { problems } = await checkContent(content, {
    root: process.cwd(),
    manifest: join(content, 'published-urls.json'),
    publicDir,
  });
  return { env: { KF_CONTENT_DIR: content, KF_PUBLIC_DIR: publicDir }, expected: problems.map(formatProblem) };
}

describe('a build with the holes of public/, YAML, crashing bodies and misleading data', () => {
  let outDir: string;
  let first: BuildResult;
  let before: Map<string, string>;
  let broken: BuildResult;
  let expected: string[];

  beforeAll(async () => {
    outDir = join(newBuildDir(), 'dist');
    first = buildSite({ KF_CONTENT_DIR: copyValidContent() }, outDir);
    before = first.status === 0 ? snapshot(outDir) : new Map();
    const hostile = await hostileSite();
    expected = hostile.expected;
    broken = buildSite(hostile.env, outDir);
  }, BUILD_HOOK_TIMEOUT);

  it('builds the valid content first, so the failure below is caused by the hostile files', () => {
    expect(first.status, first.output).toBe(0);
    expect(readFileSync(join(outDir, 'directory/index.html'), 'utf8')).toContain('id="ee"');
  });

  it('is refused by the check with each hole at its file and line', () => {
    for (const fragment of [
      'the tag !note',
      '#%zz',
      '<constructor>',
      '<mark> is nested',
      'a run of 60 *',
      '/_headers/ would need a folder',
      'diagram.svg:2:3',
      'guide.html:1:1',
      'search/index.html:1:1',
      '_redirects:3:17',
      'early-end.mdx:6:6  end',
      'pinned.mdx:5:11  changes.0.date',
      'chrome.mdx:6:1  mdx:heading-id',
      'chrome.mdx:8:5  mdx:link-text',
      'chrome.mdx:8:69  mdx:url-scheme',
      'contacts/_ee2.yaml:1:1  -  is not read: a name starting with "_" is never an entry, so the file would never be published, nor checked  (rename it to ee2.yaml to publish it (draft: true keeps an entry unpublished), or move it out of content/)',
      'pages/bell.mdx:6:29  body  contains an invisible control character U+0007  (delete it (an editor that shows invisible characters helps); it was probably pasted from another program)',
    ])
      expect(
        expected.some((line) => line.includes(fragment)),
        `the check reports ${fragment}`,
      ).toBe(true);
  });

  it('fails with every line the check gives, publishes none of the files it names, and keeps the old site', () => {
    expect(broken.status).not.toBe(0);
    for (const line of expected) expect(broken.output).toContain(line);
    expect(broken.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(snapshot(outDir)).toEqual(before);
    for (const [file, text] of snapshot(outDir)) expect(text, file).not.toContain('attacker@evil.example');
    for (const path of [
      'images/diagram.svg',
      'images/guide.html',
      '_redirects',
      'marks/index.html',
      'percent/index.html',
    ])
      expect(existsSync(join(outDir, path)), path).toBe(false);
  });
});
