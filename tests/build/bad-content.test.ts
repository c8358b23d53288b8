import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HOOK_TIMEOUT, buildSite, removeBuilds, type BuildResult } from '../support/build.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';

/** Builds the fixture content with one rule broken; the build must fail and leave no site behind. */
function buildBroken(file: string, from: string, to: string) {
  const content = copyValidContent();
  edit(content, file, from, to);
  return buildSite({ KF_CONTENT_DIR: content });
}

function producedPages(outDir: string): string[] {
  return existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) : [];
}

describe('a build with bad content', () => {
  let valid: BuildResult;
  let brokenReference: BuildResult;
  let unknownCountry: BuildResult;
  let malformedDate: BuildResult;
  beforeAll(() => {
    valid = buildSite({ KF_CONTENT_DIR: copyValidContent() });
    brokenReference = buildBroken('examples/ppi4hpc.mdx', 'segments: []', 'segments: [drones]');
    unknownCountry = buildBroken('contacts/ee.yaml', 'country: EE', 'country: UK');
    malformedDate = buildBroken('events/fixture-workshop.mdx', 'start: 2023-09-12', 'start: 2023-09-31');
  }, BUILD_HOOK_TIMEOUT);
  afterAll(() => removeBuilds(valid, brokenReference, unknownCountry, malformedDate));

  it('builds the valid fixture, so the failures below are caused by the one broken rule', () => {
    expect(valid.status, valid.output).toBe(0);
    expect(producedPages(valid.outDir)).toContain('toolbox/identify-joint-needs/index.html');
  });

  it('fails on a broken reference, naming the file, line and field, and builds nothing', () => {
    expect(brokenReference.status).not.toBe(0);
    expect(brokenReference.output).toContain('examples/ppi4hpc.mdx:12:');
    expect(brokenReference.output).toContain('segments.0  "drones" does not match any entry in segments  (did you mean "drones-and-in-drone-technology"?)');
    expect(producedPages(brokenReference.outDir)).toEqual([]);
  });

  it('fails on an unknown country code', () => {
    expect(unknownCountry.status).not.toBe(0);
    expect(unknownCountry.output).toContain('contacts/ee.yaml:2:10  country  "UK" is not an ISO 3166-1 country code; use GB');
    expect(producedPages(unknownCountry.outDir)).toEqual([]);
  });

  it('fails on a malformed date', () => {
    expect(malformedDate.status).not.toBe(0);
    expect(malformedDate.output).toMatch(/events\/fixture-workshop\.mdx:5:8 {2}start {2}"2023-09-31" is not a valid time/);
    expect(producedPages(malformedDate.outDir)).toEqual([]);
  });
});
