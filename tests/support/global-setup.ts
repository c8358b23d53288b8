/**
 * Builds the real site once and serves it on a free port; tests read the
 * folder and address with `inject('siteDir')` and `inject('siteUrl')`.
 */
import type { TestProject } from 'vitest/node';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSite, TEST_REPO_URL } from './build.ts';
import { serveStatic } from '../../src/lib/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // KF_TEST_SITE_DIR reuses a site already built with the test settings, to iterate on one test quickly.
  const reused = process.env['KF_TEST_SITE_DIR'];
  const build = reused ? { outDir: reused, status: 0, output: '' } : buildSite({ KF_REPO_URL: TEST_REPO_URL });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const server = serveStatic(build.outDir, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('siteDir', build.outDir);
  project.provide('siteUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    // The build folder holds the site and its cache.
    if (!reused) rmSync(dirname(build.outDir), { recursive: true, force: true });
  };
}
