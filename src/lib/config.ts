/**
 * The site's settings, read once from the environment with defaults that serve
 * a local build. Imported by astro.config.mjs, scripts and pages alike.
 */
import { resolve } from 'node:path';
import { pageSizeFrom } from './paginate.ts';

export interface SiteConfig {
  /** Public origin, for canonical URLs, the sitemap and feeds. */
  site: string;
  /** Base path, always with leading and trailing slash: `/` or `/knowledge-factory/`. */
  base: string;
  /** Absolute path of the content root. */
  contentDir: string;
  /**
   * Repository web address, for edit and report links. Unset in a local build
   * that names none: pages then point to /contribute/ instead of guessing.
   */
  repoUrl: string | undefined;
  /** Branch the edit links point at. */
  repoBranch: string;
  /** Where the built site goes. */
  outDir: string;
  /** Astro's cache; separate builds running at once need separate ones. */
  cacheDir: string;
  /** Entries per page of a listing that is split into pages (KF_LISTING_PAGE_SIZE; tests lower it). */
  listingPageSize: number;
}

/** `knowledge-factory` → `/knowledge-factory/`; `` → `/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** KF_REPO_URL, else the repository GitHub Actions is running for. */
function repoUrlFrom(env: Record<string, string | undefined>): string | undefined {
  const explicit = env['KF_REPO_URL']?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  return server && repository ? `${server}/${repository}` : undefined;
}

export function readConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): SiteConfig {
  return {
    site: (env['KF_SITE'] ?? 'http://localhost:4321').replace(/\/+$/, ''),
    base: normaliseBase(env['KF_BASE']),
    contentDir: resolve(cwd, env['KF_CONTENT_DIR'] ?? 'content'),
    repoUrl: repoUrlFrom(env),
    repoBranch: env['KF_REPO_BRANCH'] ?? 'main',
    outDir: resolve(cwd, env['KF_OUT_DIR'] ?? 'dist'),
    cacheDir: resolve(cwd, env['KF_CACHE_DIR'] ?? 'node_modules/.astro'),
    listingPageSize: pageSizeFrom(env['KF_LISTING_PAGE_SIZE']),
  };
}
