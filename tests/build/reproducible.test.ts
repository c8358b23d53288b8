import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareTrees, formatDifference } from '../../scripts/lib/audit/reproducible.ts';
import { hashTree } from '../../scripts/audit/reproducible.ts';
import { BUILD_HOOK_TIMEOUT, buildSite, removeBuilds, TEST_REPO_URL, type BuildResult } from '../support/build.ts';

describe('a second build of the same commit', () => {
  let build: BuildResult;
  // Same settings as the shared build in tests/support/global-setup.ts.
  beforeAll(() => (build = buildSite({ KF_REPO_URL: TEST_REPO_URL })), BUILD_HOOK_TIMEOUT);
  afterAll(() => removeBuilds(build));

  it('is byte-identical to the first, apart from the documented allow-list', () => {
    expect(build.status, build.output).toBe(0);
    const first = hashTree(inject('siteDir'));
    const difference = compareTrees(first, hashTree(build.outDir));
    expect(first.size).toBeGreaterThan(10);
    expect(
      formatDifference(difference),
      'files that differ between two builds (run npm run audit:reproducible to reproduce)',
    ).toBe('');
  });
});
