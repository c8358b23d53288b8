import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { compareTrees, formatDifference } from '../../src/lib/audit/reproducible.ts';
import { hashTree } from '../../scripts/audit/reproducible.ts';
import { buildSite, TEST_REPO_URL } from '../support/build.ts';

describe('a second build of the same commit', () => {
  it('is byte-identical to the first, apart from the documented allow-list', () => {
    // Same settings as the shared build in tests/support/global-setup.ts.
    const build = buildSite({ KF_REPO_URL: TEST_REPO_URL });
    try {
      expect(build.status, build.output).toBe(0);
      const first = hashTree(inject('siteDir'));
      const difference = compareTrees(first, hashTree(build.outDir));
      expect(first.size).toBeGreaterThan(10);
      expect(formatDifference(difference), 'files that differ between two builds (run npm run audit:reproducible to reproduce)').toBe('');
    } finally {
      rmSync(dirname(build.outDir), { recursive: true, force: true });
    }
  }, 300_000);
});
