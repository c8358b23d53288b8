/**
 * Builds, before any test runs, every site that more than one test file reads:
 * the real site, served on a free port, and the contributor fixture site. Tests
 * read them with `inject('siteDir')`, `inject('siteUrl')` and `inject('contributorSite')`.
 * Building here rather than in a test keeps builds clear of per-test timeouts,
 * which a build on a busy machine can exceed.
 */
import type { TestProject } from 'vitest/node';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSite, TEST_REPO_URL, type BuildResult } from './build.ts';
import { contributorContent, CONTRIBUTOR_SITE_ENV } from './fixture-sites.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    /** The contributor fixture of tests/support/fixture-sites.ts; a failed build is reported by the tests that read it. */
    contributorSite: BuildResult;
  }
}

export default async function setup(project: TestProject) {
  // KF_TEST_SITE_DIR reuses a site already built with the test settings, to iterate on one test quickly.
  const reused = process.env['KF_TEST_SITE_DIR'];
  const build = reused ? { outDir: reused, status: 0, output: '' } : buildSite({ KF_REPO_URL: TEST_REPO_URL });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const contributor = buildSite({ KF_CONTENT_DIR: contributorContent(), ...CONTRIBUTOR_SITE_ENV });
  const server = serveStatic(build.outDir, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('siteDir', build.outDir);
  project.provide('siteUrl', `http://127.0.0.1:${port}/`);
  project.provide('contributorSite', contributor);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    // Each build folder holds the site and its cache.
    if (!reused) rmSync(dirname(build.outDir), { recursive: true, force: true });
    rmSync(dirname(contributor.outDir), { recursive: true, force: true });
  };
}
