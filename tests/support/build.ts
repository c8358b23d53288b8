/**
 * Builds the site with the project's own Astro into a folder of the caller's
 * choosing, with its own cache, so builds never clobber dist/ or each other.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

export function buildSite(env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'kf-build-'))): BuildResult {
  const result = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KF_OUT_DIR: outDir,
      KF_CACHE_DIR: join(outDir, '..', `${outDir.split('/').pop()}-cache`),
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The repository the test builds link to, so edit and report links are rendered. */
export const TEST_REPO_URL = 'https://github.com/iprocurenet/knowledge-factory';
