/**
 * The site's settings, read once from the environment with defaults that serve
 * a local build. Imported by astro.config.mjs, scripts and pages alike.
 */
import { resolve } from 'node:path';
import { pageSizeFrom } from './paginate.ts';
import { publisherProblem } from './publisher-check.ts';

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
  /** The folder copied into the site as it is (KF_PUBLIC_DIR; tests point it at hostile files). */
  publicDir: string;
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

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * What is wrong with KF_SITE for a site about to be published, or undefined.
 * A deploy build (KF_DEPLOY=1, `npm run build:deploy`) must name the public
 * https origin: without one, every canonical URL, the sitemap, the feeds and
 * the calendar files would point readers and search engines to localhost.
 */
export function deployProblem(site: string | undefined): string | undefined {
  const how =
    'set KF_SITE to the public origin the site is served from, e.g. KF_SITE=https://knowledge.example.eu (a base path goes in KF_BASE)';
  if (!site?.trim())
    return `KF_SITE is not set: a deploy build needs it for canonical URLs, the sitemap and feeds; ${how}.`;
  let url: URL;
  try {
    url = new URL(site.trim());
  } catch {
    return `KF_SITE "${site}" is not an address; ${how}.`;
  }
  if (url.protocol !== 'https:') return `KF_SITE "${site}" must start with https:// on a published site; ${how}.`;
  if (LOCAL_HOSTS.has(url.hostname)) return `KF_SITE "${site}" is this machine, not the public site; ${how}.`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `KF_SITE "${site}" must be an origin only; put the path "${url.pathname}" in KF_BASE instead.`;
  return undefined;
}

/**
 * The settings; throws with what to fix when KF_DEPLOY=1 and KF_SITE is not a
 * public origin, or content/site.yaml does not name the publisher and contact.
 */
export function readConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): SiteConfig {
  const contentDir = resolve(cwd, env['KF_CONTENT_DIR'] ?? 'content');
  if (env['KF_DEPLOY'] === '1') {
    const problem = deployProblem(env['KF_SITE']) ?? publisherProblem(contentDir, cwd);
    if (problem) throw new Error(`Deploy build stopped: ${problem}`);
  }
  return {
    site: (env['KF_SITE'] ?? 'http://localhost:4321').replace(/\/+$/, ''),
    base: normaliseBase(env['KF_BASE']),
    contentDir,
    repoUrl: repoUrlFrom(env),
    repoBranch: env['KF_REPO_BRANCH'] ?? 'main',
    publicDir: resolve(cwd, env['KF_PUBLIC_DIR'] ?? 'public'),
    outDir: resolve(cwd, env['KF_OUT_DIR'] ?? 'dist'),
    cacheDir: resolve(cwd, env['KF_CACHE_DIR'] ?? 'node_modules/.astro'),
    listingPageSize: pageSizeFrom(env['KF_LISTING_PAGE_SIZE']),
  };
}

let current: SiteConfig | undefined;

/**
 * This build's settings, read once: every page asks for them (feedback and
 * edit links, listings, the step-by-step), and a deploy build's readConfig()
 * reads and validates content/site.yaml on each call.
 */
export function siteConfig(): SiteConfig {
  current ??= readConfig();
  return current;
}
