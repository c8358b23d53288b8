/**
 * Published URLs are a contract: src/data/published-urls.json lists every
 * address (and every section anchor) the site has ever published. It only
 * grows: `npm run urls:update` adds what a build produces and never drops a
 * line. The check fails when a listed address is no longer produced and no
 * `redirectFrom` covers it, or a listed anchor is gone without an alias.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { closest } from '../../lib/text/closest.ts';
import type { Problem } from '../problems.ts';
import { ANCHOR_ALIAS_CLASS, HEADING_WRAPPER_CLASS } from '../render/heading-links.ts';
import type { SiteMap } from './publication-map.ts';
import { REDIRECT_ATTRIBUTE } from '../redirects.ts';

export interface Manifest {
  /** Site path (without the base path) → anchors published on it. */
  urls: Record<string, string[]>;
}

const COMMENT =
  'Every public address the site has published, with its section anchors. Never remove a line: move pages with redirectFrom and headings with anchors (see CONTRIBUTING.md). Regenerate with npm run urls:update.';

/** Where the manifest of the content at `contentDir` lives: src/data/ for the project's own content, else beside the content (test fixtures). */
export function manifestPath(contentDir: string, root: string): string {
  return contentDir === join(root, 'content')
    ? join(root, 'src/data/published-urls.json')
    : join(contentDir, 'published-urls.json');
}

export function readManifest(file: string): { manifest: Manifest; text: string } | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  return { manifest: JSON.parse(text) as Manifest, text };
}

/** The manifest as committed: sorted, one address per line, so a diff shows exactly what was added. */
export function serialiseManifest(manifest: Manifest): string {
  const urls = Object.keys(manifest.urls).sort();
  const lines = urls.map(
    (url, i) =>
      `    ${JSON.stringify(url)}: ${JSON.stringify([...new Set(manifest.urls[url])].sort())}${i < urls.length - 1 ? ',' : ''}`,
  );
  return `{\n  "$comment": ${JSON.stringify(COMMENT)},\n  "urls": {\n${lines.join('\n')}\n  }\n}\n`;
}

/** Union of what was published before and what a build publishes now: nothing is ever dropped. */
export function mergeManifests(before: Manifest | undefined, now: Manifest): Manifest {
  const urls: Record<string, string[]> = {};
  for (const source of [before?.urls ?? {}, now.urls]) {
    for (const [url, anchors] of Object.entries(source))
      urls[url] = [...new Set([...(urls[url] ?? []), ...anchors])].sort();
  }
  return { urls };
}

/**
 * What a built site publishes: each HTML page (not redirect pages, not 404)
 * with the anchors of its content headings and their aliases; and feeds and
 * site-wide calendar files, which people subscribe to.
 */
export function manifestFromBuild(outDir: string): Manifest {
  const urls: Record<string, string[]> = {};
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
  for (const file of files.sort()) {
    if (file.startsWith('_astro/') || file.startsWith('pagefind/')) continue;
    if (file.endsWith('.html')) {
      if (file === '404.html' || file === '404/index.html') continue;
      const html = readFileSync(join(outDir, file), 'utf8');
      if (html.includes(REDIRECT_ATTRIBUTE)) continue;
      const path = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
      urls[path] = publishedAnchors(html);
    } else if ((/\.(xml|rss|atom)$/.test(file) || /^[^/]+\.(ics|vcf)$/.test(file)) && !file.startsWith('sitemap')) {
      // Feeds people subscribe to; per-entry files (an event's .ics) follow their page and its redirect.
      urls[`/${file}`] = [];
    }
  }
  return { urls };
}

/** Ids of content headings (those the heading plugin wrapped) and of their aliases, in a page's HTML. */
export function publishedAnchors(html: string): string[] {
  const ids = new Set<string>();
  const heading = new RegExp(`<div class="${HEADING_WRAPPER_CLASS}"><h[1-6][^>]*\\sid="([^"]+)"`, 'g');
  const alias = new RegExp(
    `<span[^>]*\\sid="([^"]+)"[^>]*class="${ANCHOR_ALIAS_CLASS}"|<span[^>]*class="${ANCHOR_ALIAS_CLASS}"[^>]*\\sid="([^"]+)"`,
    'g',
  );
  for (const match of html.matchAll(heading)) if (match[1]) ids.add(match[1]);
  for (const match of html.matchAll(alias)) ids.add((match[1] ?? match[2]) as string);
  return [...ids].sort();
}

/** Output file of a site path: `/a/b/` → `a/b/index.html`, `/feed.xml` → `feed.xml`. */
export function outputFile(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/** Addresses of the manifest that a built site (redirect pages included) does not have. */
export function missingFromBuild(manifest: Manifest, outDir: string): string[] {
  return Object.keys(manifest.urls).filter((path) => !existsSync(join(outDir, outputFile(path))));
}

function lineOf(text: string, url: string): number {
  const index = text.indexOf(`${JSON.stringify(url)}:`);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

/** Every published address or anchor the content no longer provides. */
export async function manifestProblems(file: string, root: string, site: SiteMap): Promise<Problem[]> {
  const read = readManifest(file);
  if (!read) return [];
  const { manifest, text } = read;
  const where = relative(root, file);
  const problems: Problem[] = [];
  for (const [url, anchors] of Object.entries(manifest.urls)) {
    const page = site.pages.get(url);
    if (!page) {
      if (site.redirects.has(url) || site.isGenerated(url) || site.isListing(url)) continue;
      const draft = site.drafts.get(url);
      const suggestion = closest(url, site.pages.keys());
      problems.push({
        file: where,
        line: lineOf(text, url),
        column: 5,
        field: url,
        message: draft
          ? `${url} was published and is now a draft (${draft.file}); links to it would break`
          : `${url} was published and the site no longer has it; links to it from slides and other sites would break`,
        hint: `add "redirectFrom: ['${url}']" to the frontmatter of the page that replaces it${suggestion ? ` (perhaps ${suggestion})` : ''}, or restore the page`,
      });
      continue;
    }
    if (!page.entry || anchors.length === 0) continue;
    const present = await site.anchors(url);
    if (!present) continue;
    const headings = await site.headings(page.entry);
    for (const anchor of anchors) {
      if (present.has(anchor)) continue;
      const suggestion = closest(anchor, headings);
      problems.push({
        file: page.entry.file,
        ...page.entry.locate(['anchors']),
        field: 'anchors',
        message: `the section link ${url}#${anchor} was published and this page no longer has a heading with that id`,
        hint: `if the heading was reworded, keep the old link working with "anchors: { ${anchor}: ${suggestion ?? 'new-heading-id'} }" in the frontmatter`,
      });
    }
  }
  return problems;
}
