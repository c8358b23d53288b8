/**
 * Starlight, built on the same generated guides as the site, for the side-by-side
 * benchmark. Starlight is never a dependency of the site: a pinned copy lives in
 * scripts/bench/starlight/ (package.json and package-lock.json committed,
 * node_modules ignored) and is installed there with `npm ci` on first use.
 *
 * What a Starlight build includes: its default theme and layout (a sidebar
 * generated from every page, table of contents, pagination, theme and language
 * scripts), Expressive Code, MDX, a sitemap (a `site` is set) and a Pagefind
 * index of every page: the same kinds of work as our build, which renders the
 * guides, its listings, feed, sitemap and search page, and indexes with Pagefind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CorpusFile } from '../lib/corpus/generate.ts';

/** The folder holding Starlight's pinned package.json, package-lock.json and, once installed, node_modules. */
export const STARLIGHT_HOME = fileURLToPath(new URL('./starlight/', import.meta.url));

/** The Starlight and Astro versions installed for the bench, read from their package.json files. */
export function starlightVersions(home = STARLIGHT_HOME): { starlight: string; astro: string } {
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(home, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return { starlight: version('@astrojs/starlight'), astro: version('astro') };
}

/** Written into node_modules after a successful install: the lock file it was installed from. */
const INSTALL_STAMP = 'node_modules/.kf-bench-installed-lock.sha256';

/** The digest that names a lock file's content, as kept in INSTALL_STAMP. */
export function lockDigest(lockText: string): string {
  return createHash('sha256').update(lockText).digest('hex');
}

/**
 * Installs the pinned Starlight with `npm ci` unless node_modules was installed
 * from this very lock file. npm runs with this process's PATH, so under
 * `npm run bench` with the project's Node 22.
 */
export function ensureStarlight(home = STARLIGHT_HOME): void {
  const digest = lockDigest(readFileSync(join(home, 'package-lock.json'), 'utf8'));
  const stamp = join(home, INSTALL_STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest) return;
  console.log(`Installing the pinned Starlight in ${home} (npm ci, from the npm registry)…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: home, stdio: 'inherit', env: process.env });
  if (result.status !== 0)
    throw new Error(
      `npm ci in ${home} failed (exit ${result.status}). Run it there by hand to see why; the npm registry must be reachable.`,
    );
  writeFileSync(stamp, `${digest}\n`);
}

/**
 * Where a corpus file goes in a Starlight project, or undefined when Starlight
 * has no page for it. Guides keep the site's address (/toolbox/<slug>/) so the
 * links between guides resolve in both builds; free-standing pages go to the root.
 *
 *   starlightPath('guides/prepare/guide-00001.mdx') === 'src/content/docs/toolbox/guide-00001.mdx'
 */
export function starlightPath(corpusPath: string): string | undefined {
  const guide = /^guides\/(?:[^/]+\/)*([^/]+\.mdx?)$/.exec(corpusPath);
  if (guide) return `src/content/docs/toolbox/${guide[1]}`;
  const page = /^pages\/([^/]+\.mdx?)$/.exec(corpusPath);
  if (page) return `src/content/docs/${page[1]}`;
  return undefined;
}

/**
 * The same file as a Starlight page: the body untouched, the frontmatter cut to
 * what Starlight's schema knows (title, and our summary as its description).
 */
export function toStarlightPage(content: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!match) throw new Error('A corpus page without frontmatter');
  const data = parse(match[1] ?? '') as { title?: unknown; summary?: unknown };
  const lines = [`title: ${JSON.stringify(String(data.title ?? 'Untitled'))}`];
  if (typeof data.summary === 'string') lines.push(`description: ${JSON.stringify(data.summary)}`);
  return `---\n${lines.join('\n')}\n---\n${content.slice(match[0].length)}`;
}

/**
 * Plain JavaScript on purpose: the project's tsconfig includes scripts/, and a
 * kept bench site must not put `astro:content` imports before `astro check`.
 */
const ASTRO_CONFIG = `// Written by scripts/bench/starlight.ts: Starlight's defaults, no network.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [starlight({ title: 'Bench' })],
});
`;

const CONTENT_CONFIG = `// Written by scripts/bench/starlight.ts: Starlight's documented content config.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Starlight's own starter tsconfig, so the project's stricter one (a folder up) is not the one found. */
const TSCONFIG = `{ "extends": "astro/tsconfigs/strict", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }
`;

const HOME_PAGE = `---
title: Bench
description: The home page of the side-by-side benchmark's Starlight site.
---

The guides are under the toolbox in the sidebar.
`;

/**
 * Writes a Starlight project for `files` into a new folder under
 * scripts/bench/starlight/sites/ (inside Starlight's home, so its node_modules
 * resolve) and returns the folder. Returns the number of pages written too.
 */
export function writeStarlightSite(
  files: readonly CorpusFile[],
  prefix: string,
  home = STARLIGHT_HOME,
): { dir: string; pages: number } {
  const sites = join(home, 'sites');
  mkdirSync(sites, { recursive: true });
  const dir = mkdtempSync(join(sites, prefix));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  write('astro.config.mjs', ASTRO_CONFIG);
  write('tsconfig.json', TSCONFIG);
  write('src/content.config.mjs', CONTENT_CONFIG);
  write('src/content/docs/index.mdx', HOME_PAGE);
  let pages = 1;
  for (const file of files) {
    const path = starlightPath(file.path);
    if (!path) continue;
    write(path, toStarlightPage(file.content));
    pages++;
  }
  return { dir, pages };
}

/** Removes a Starlight site's output and caches, so the next build starts cold. */
export function coldStart(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules']) rmSync(join(dir, path), { recursive: true, force: true });
}

/** The command that builds a Starlight site with the project's Node (this process's). */
export function starlightBuildCommand(home = STARLIGHT_HOME): [string, string[]] {
  return [process.execPath, [join(home, 'node_modules/astro/bin/astro.mjs'), 'build']];
}
