import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployProblem, normaliseBase, readConfig, siteConfig } from '../../src/lib/config.ts';

/** A content root holding only site.yaml with `text`, or nothing when `text` is undefined. */
function contentWithSettings(text: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'kf-settings-'));
  if (text !== undefined) writeFileSync(join(dir, 'site.yaml'), text);
  return dir;
}
const PUBLIC = { KF_DEPLOY: '1', KF_SITE: 'https://knowledge.example.eu' };

describe('site settings', () => {
  it('serve a local build by default', () => {
    const config = readConfig({}, '/repo');
    expect(config).toMatchObject({
      site: 'http://localhost:4321',
      base: '/',
      contentDir: '/repo/content',
      outDir: '/repo/dist',
      repoBranch: 'main',
    });
    expect(config.repoUrl).toBeUndefined();
  });

  it('normalise the base path whatever slashes it is written with', () => {
    expect(normaliseBase('knowledge-factory')).toBe('/knowledge-factory/');
    expect(normaliseBase('/knowledge-factory')).toBe('/knowledge-factory/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase(undefined)).toBe('/');
  });

  it('read every setting from the environment', () => {
    const config = readConfig(
      {
        KF_SITE: 'https://kf.example.org/',
        KF_BASE: 'kf',
        KF_CONTENT_DIR: '/tmp/corpus',
        KF_REPO_URL: 'https://github.com/o/r/',
      },
      '/repo',
    );
    expect(config).toMatchObject({
      site: 'https://kf.example.org',
      base: '/kf/',
      contentDir: '/tmp/corpus',
      repoUrl: 'https://github.com/o/r',
    });
  });

  it('split listings into pages of 40 entries unless KF_LISTING_PAGE_SIZE names another whole number', () => {
    expect(readConfig({}).listingPageSize).toBe(40);
    expect(readConfig({ KF_LISTING_PAGE_SIZE: '5' }).listingPageSize).toBe(5);
    expect(readConfig({ KF_LISTING_PAGE_SIZE: '0' }).listingPageSize).toBe(40);
    expect(readConfig({ KF_LISTING_PAGE_SIZE: 'ten' }).listingPageSize).toBe(40);
  });

  it('link to the repository GitHub Actions builds when none is named', () => {
    expect(readConfig({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r' }).repoUrl).toBe(
      'https://github.com/o/r',
    );
  });
});

describe('a deploy build (KF_DEPLOY=1)', () => {
  it('stops without KF_SITE, saying what to set', () => {
    expect(() => readConfig({ KF_DEPLOY: '1' })).toThrow(
      'Deploy build stopped: KF_SITE is not set: a deploy build needs it for canonical URLs, the sitemap and feeds; set KF_SITE to the public origin',
    );
  });

  it('stops on a local, plain-http or malformed origin', () => {
    expect(deployProblem('http://localhost:4321')).toMatch(/must start with https:\/\//);
    expect(deployProblem('https://127.0.0.1')).toMatch(/is this machine, not the public site/);
    expect(deployProblem('knowledge.example.eu')).toMatch(/is not an address/);
    expect(deployProblem('https://owner.github.io/knowledge-factory/')).toBe(
      'KF_SITE "https://owner.github.io/knowledge-factory/" must be an origin only; put the path "/knowledge-factory/" in KF_BASE instead.',
    );
  });

  it('builds with a public https origin, with or without a trailing slash', () => {
    expect(readConfig({ KF_DEPLOY: '1', KF_SITE: 'https://owner.github.io/' }).site).toBe('https://owner.github.io');
    expect(deployProblem('https://knowledge.example.eu')).toBeUndefined();
  });

  it('leaves local builds alone', () => {
    expect(readConfig({ KF_DEPLOY: '0' }).site).toBe('http://localhost:4321');
  });

  it('stops when content/site.yaml is missing, saying how to create it', () => {
    const dir = contentWithSettings(undefined);
    expect(() => readConfig({ ...PUBLIC, KF_CONTENT_DIR: dir }, dir)).toThrow(
      'Deploy build stopped: site.yaml is missing: a published site must say who runs it and how to reach them; run npm run new -- site',
    );
  });

  it('stops when the settings name no publisher or no contact address, naming each field', () => {
    const dir = contentWithSettings('- id: site\n  publisher: ""\n  email: "FILL IN: the e-mail address"\n');
    expect(() => readConfig({ ...PUBLIC, KF_CONTENT_DIR: dir }, dir)).toThrow(
      'site.yaml does not give publisher (who publishes the site) and email (the e-mail address readers can write to)',
    );
    const noEmail = contentWithSettings('- id: site\n  publisher: iProcureNet network\n');
    expect(() => readConfig({ ...PUBLIC, KF_CONTENT_DIR: noEmail }, noEmail)).toThrow(
      /does not give email \(the e-mail address readers can write to\)/,
    );
  });

  it('stops when the file holds no "- id: site" entry', () => {
    const dir = contentWithSettings('publisher: iProcureNet network\nemail: contact@iprocurenet.eu\n');
    expect(() => readConfig({ ...PUBLIC, KF_CONTENT_DIR: dir }, dir)).toThrow(/has no entry "- id: site"/);
  });

  it('builds when the settings name both, and a local build needs neither', () => {
    const dir = contentWithSettings('- id: site\n  publisher: iProcureNet network\n  email: contact@iprocurenet.eu\n');
    expect(readConfig({ ...PUBLIC, KF_CONTENT_DIR: dir }, dir).contentDir).toBe(dir);
    const empty = contentWithSettings(undefined);
    expect(readConfig({ KF_CONTENT_DIR: empty }, empty).contentDir).toBe(empty);
  });
});

describe('siteConfig', () => {
  it("reads this process's settings once and gives every page the same", () => {
    const first = siteConfig();
    expect(first).toEqual(readConfig());
    expect(siteConfig()).toBe(first);
  });
});
