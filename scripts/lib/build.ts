/**
 * Builds the site with the project's own Astro into a folder of the caller's
 * choosing, with its own cache, so builds never clobber dist/ or each other.
 * Tests, the audits and the benchmark all use it; it is tooling, so it lives in
 * scripts/, and tests/support/build.ts re-exports it.
 *
 * Two things about Astro make concurrent builds collide, and both are handled here:
 * - an outDir outside the working directory sends Astro's prerender chunks to the
 *   shared `<project>/.astro/.prerender/` (astro/dist/core/build/common.js,
 *   getOutDirWithinCwd), so two builds delete each other's chunks; build folders
 *   are therefore made inside the project, under node_modules/.cache/kf-builds/;
 * - every build writes the shared `<project>/.astro/` folder, so builds must not
 *   overlap; they take turns on a lock file (flock, where there is one).
 *   Since entry bodies stopped being MDX modules, `content-modules.mjs` is the
 *   same empty map for any content and Astro skips writing it when unchanged,
 *   but `content-assets.mjs` is still rewritten by every build, in two textual
 *   forms of the same empty map, and late (as the build finishes, not only while
 *   it syncs content). Astro writes it through one fixed `content-assets.mjs.tmp`
 *   and a rename, so two builds at once can rename each other's half-written
 *   temporary file or fail on a missing one (astro/dist/content/mutable-data-store.js,
 *   #writeFileAtomic). Checked with Astro 7.3.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/** Where test and benchmark builds go: inside the project, ignored by git. */
export function buildsFolder(): string {
  const folder = join(process.cwd(), 'node_modules/.cache/kf-builds');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** A fresh, empty build folder inside buildsFolder(). */
export function newBuildDir(prefix = 'build-'): string {
  return mkdtempSync(join(buildsFolder(), prefix));
}

/** Builds take turns on this lock file: see the module comment. */
// Per checkout: what collides is this project's own .astro/ folder, not builds of other checkouts.
export const BUILD_LOCK = join(process.cwd(), 'node_modules/.cache/kf-astro-build.lock');
const FLOCK = ['/usr/bin/flock', '/bin/flock'].find((path) => existsSync(path));

/**
 * Vitest copies Vite's env into process.env (BASE_URL=/, MODE, DEV, PROD, SSR)
 * and sets NODE_ENV=test. A build inheriting BASE_URL ignores KF_BASE: every
 * link comes out as if the base were `/`. Builds get the environment without them.
 */
const TEST_RUNNER_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

export function cleanEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !TEST_RUNNER_VARIABLES.has(entry[0]) && !entry[0].startsWith('VITEST'),
    ),
  );
}

export function buildSite(env: Record<string, string> = {}, outDir = join(newBuildDir(), 'dist')): BuildResult {
  const astro = join(process.cwd(), 'node_modules/.bin/astro');
  buildsFolder(); // makes node_modules/.cache/, where the lock file lives
  const [command, args] = FLOCK ? [FLOCK, [BUILD_LOCK, astro, 'build']] : [astro, ['build']];
  const result = spawnSync(command, args, {
    cwd: process.cwd(),
    env: {
      ...cleanEnvironment(),
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
