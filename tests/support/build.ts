/** Test builds use the same helper as the audits and the benchmark; only the test settings live here. */
export * from '../../scripts/lib/build.ts';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BuildResult } from '../../scripts/lib/build.ts';

/** Deletes the folders of finished builds: each holds the site and its cache. */
export function removeBuilds(...builds: readonly (BuildResult | undefined)[]): void {
  for (const build of builds) if (build) rmSync(dirname(build.outDir), { recursive: true, force: true });
}

/**
 * Timeout of a `beforeAll` hook that builds. A build waits its turn on the lock
 * behind the builds of other test files, and a shared CI machine may run it
 * several times slower than a quiet one: tests never build, hooks do, under this.
 */
export const BUILD_HOOK_TIMEOUT = 900_000;

/** The repository the test builds link to, so edit and report links are rendered. */
export const TEST_REPO_URL = 'https://github.com/iprocurenet/knowledge-factory';
