import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyValidContent, edit } from '../support/content-fixture.ts';

function runCheck(contentDir: string, env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...rest, KF_CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
  });
}

describe('npm run check (scripts/check.ts)', () => {
  it('exits 0 and says how many entries it checked when content is valid', () => {
    const run = runCheck(copyValidContent());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Content is valid: \d+ entries checked\.$/m);
  });

  it('lists every problem as file:line:column  field  message  (hint), and exits 1', () => {
    const dir = copyValidContent();
    edit(dir, 'examples/ppi4hpc.mdx', 'status: completed', 'status: finished');
    edit(dir, 'pages/about.mdx', 'About the site.', '<script>alert(1)</script>');
    const run = runCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /examples\/ppi4hpc\.mdx:4:9 {2}status {2}"finished" is not allowed; expected one of: completed, ongoing, planned, discontinued\n/,
    );
    expect(run.stderr).toMatch(
      /pages\/about\.mdx:6:1 {2}mdx:no-raw-html {2}<script> is not allowed in content {2}\(content cannot run scripts or load other sites; remove the element\)/,
    );
    expect(run.stderr).toContain('2 problems in content.');
    expect(run.stdout).not.toContain('::error');
  });

  it('lists entries past their review date as warnings with file, line and field, and still exits 0', () => {
    const dir = copyValidContent();
    edit(
      dir,
      'guides/prepare/identify-joint-needs.mdx',
      'lastReviewed: 2026-11-25',
      'lastReviewed: 2026-11-25\nreviewBy: 2001-02-03',
    );
    const run = runCheck(dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^warning {2}\S*guides\/prepare\/identify-joint-needs\.mdx:9:11 {2}reviewBy {2}review was due by 2001-02-03 {2}\(check the page against its sources/m,
    );
    expect(run.stderr).toContain('1 entry is past due for review (warnings, not failures).');
    expect(run.stdout).toMatch(/^Content is valid/m);
    const annotated = runCheck(dir, { GITHUB_ACTIONS: 'true' });
    expect(annotated.status).toBe(0);
    expect(annotated.stdout).toMatch(
      /^::warning file=[^\n]*guides\/prepare\/identify-joint-needs\.mdx,line=9,col=11,title=reviewBy::/m,
    );
    expect(annotated.stdout).not.toContain('::error');
  });

  it('lists hostile inputs the same way, without a stack trace, and exits 1', () => {
    const dir = copyValidContent();
    const hostile = join(process.cwd(), 'tests/fixtures/hostile');
    copyFileSync(join(hostile, 'invalid-alias-bomb.yaml'), join(dir, 'contacts/bomb.yaml'));
    copyFileSync(join(hostile, 'invalid-control-character-title.mdx'), join(dir, 'events/injected.mdx'));
    copyFileSync(join(hostile, 'valid-draft-page.mdx'), join(dir, 'pages/search.mdx'));
    writeFileSync(join(dir, 'pages/latin1.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    const run = runCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'contacts/bomb.yaml:4:19  -  the YAML aliases (*name) expand to too many values (more than 100); the file was not read',
    );
    expect(run.stderr).toContain(
      'events/injected.mdx:2:8  title  contains an invisible carriage return (U+000D) at character 8',
    );
    expect(run.stderr).toContain(
      'pages/search.mdx:1:1  -  the page would be published at /search/, which src/pages/search.astro already takes',
    );
    expect(run.stderr).toContain('pages/latin1.mdx:2:1  -  the byte 0xE9 is not UTF-8 text');
    expect(run.stderr).toContain('4 problems in content.');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('also prints GitHub annotations when run in GitHub Actions', () => {
    const dir = copyValidContent();
    edit(dir, 'examples/ppi4hpc.mdx', 'status: completed', 'status: finished');
    const run = runCheck(dir, { GITHUB_ACTIONS: 'true' });
    expect(run.stdout).toMatch(
      /^::error file=.*examples\/ppi4hpc\.mdx,line=4,col=9,title=status::status: "finished" is not allowed; expected one of: completed, ongoing, planned, discontinued$/m,
    );
  });
});
