/**
 * `npm run urls:update`: records every address and section anchor the site now
 * publishes in src/data/published-urls.json, keeping every address recorded
 * before (published URLs are a contract; nothing is ever dropped). Commit the
 * result with the pull request that adds the pages.
 *
 *   npm run urls:update                 builds the site into a temporary folder first
 *   npm run urls:update -- --from dist  reads a site already built with the default base
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/config.ts';
import {
  manifestFromBuild,
  manifestPath,
  mergeManifests,
  readManifest,
  serialiseManifest,
} from '../src/pipeline/checker/manifest.ts';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const root = process.cwd();
const { contentDir } = readConfig();
let outDir = values.from ? resolve(values.from) : undefined;
let temporary: string | undefined;
if (!outDir) {
  temporary = mkdtempSync(join(tmpdir(), 'kf-urls-'));
  outDir = join(temporary, 'dist');
  console.log('Building the site to see what it publishes…');
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KF_OUT_DIR: outDir,
      KF_CACHE_DIR: join(temporary, 'cache'),
      KF_BASE: '/',
    },
  });
  if (build.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    console.error('The build failed, so the manifest was not updated.');
    process.exit(1);
  }
}
const file = manifestPath(contentDir, root);
const before = readManifest(file)?.manifest;
const now = manifestFromBuild(outDir);
const merged = mergeManifests(before, now);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, serialiseManifest(merged));
if (temporary) rmSync(temporary, { recursive: true, force: true });
const added = Object.keys(merged.urls).length - Object.keys(before?.urls ?? {}).length;
console.log(
  `${relative(root, file)}: ${Object.keys(merged.urls).length} addresses (${added} new). Commit it with your change.`,
);
