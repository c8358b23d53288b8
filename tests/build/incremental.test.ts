/**
 * Rebuilds that copy unchanged pages from Astro's incremental cache
 * (src/lib/page-keys.ts) must publish exactly the site a cold build of the same
 * content publishes: a cache key that misses something a page shows would
 * publish a stale page, and this is where it would show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareTrees, formatDifference } from '../../scripts/lib/audit/reproducible.ts';
import { hashTree } from '../../scripts/audit/reproducible.ts';
import { BUILD_HOOK_TIMEOUT, buildSite, newBuildDir, removeBuilds, type BuildResult } from '../support/build.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';
import { COPIED_PAGES } from '../../src/integrations/rendered-pages.ts';

const GUIDE = 'guides/prepare/identify-joint-needs.mdx';
const GUIDE_PAGE = 'toolbox/identify-joint-needs/index.html';
const NEW_TEXT = 'and write it down.';

interface Round {
  /** The rebuild into the warm folder, with its cache, and what it published. */
  rebuild: BuildResult;
  rebuilt: Map<string, string>;
  guidePage: string;
  /** A cold build of the same content, fresh folder and cache. */
  cold: BuildResult;
}

describe('a rebuild from the incremental cache', () => {
  let content: string;
  const builds: BuildResult[] = [];
  const rounds: Round[] = [];

  beforeAll(() => {
    content = copyValidContent();
    const warmDir = join(newBuildDir('incremental-'), 'dist');
    const build = (outDir?: string) => {
      const result = buildSite({ KF_CONTENT_DIR: content }, outDir);
      builds.push(result);
      if (result.status !== 0) throw new Error(`a build failed:\n${result.output}`);
      return result;
    };
    const round = (): Round => {
      const rebuild = build(warmDir);
      return {
        rebuild,
        rebuilt: hashTree(warmDir),
        guidePage: readFileSync(join(warmDir, GUIDE_PAGE), 'utf8'),
        cold: build(),
      };
    };
    build(warmDir);
    // A contributor changes one sentence of a guide: only that guide's pages need rendering.
    edit(content, GUIDE, 'Find a need that buyers share.', `Find a need that buyers share, ${NEW_TEXT}`);
    rounds.push(round());
    // Then an example's title, which the guide's related list, the listings and search show.
    edit(content, 'examples/ppi4hpc.mdx', /^title: .*$/m, 'title: PPI4HPC, supercomputing centres buying together');
    rounds.push(round());
  }, BUILD_HOOK_TIMEOUT);

  afterAll(() => {
    removeBuilds(...builds);
    rmSync(content, { recursive: true, force: true });
  });

  const expectSameSite = ({ rebuilt, cold }: Round) => {
    const difference = compareTrees(hashTree(cold.outDir), rebuilt);
    expect(formatDifference(difference), 'files a rebuild from the cache published differently').toBe('');
  };

  it('copies the pages a changed sentence does not touch, renders the guide that has it, and publishes the cold build', () => {
    const [round] = rounds;
    if (!round) throw new Error('the first round did not run');
    expect(Number(COPIED_PAGES.exec(round.rebuild.output)?.[1] ?? 0), round.rebuild.output).toBeGreaterThan(0);
    expect(round.guidePage).toContain(NEW_TEXT);
    expectSameSite(round);
  });

  it("renders every page again when an entry's data changes, and publishes the cold build", () => {
    const round = rounds[1];
    if (!round) throw new Error('the second round did not run');
    expect(round.rebuild.output).not.toMatch(COPIED_PAGES);
    expect(round.guidePage).toContain('PPI4HPC, supercomputing centres buying together');
    expectSameSite(round);
  });
});
