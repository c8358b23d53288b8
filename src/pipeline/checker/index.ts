/**
 * The whole content check, run by `npm run check` and by the build (the
 * validate-content integration) so both report the same problems: schemas,
 * slugs and references (src/pipeline/validate.ts), template placeholders,
 * safe MDX, internal links and anchors, aliases, redirects, event and template
 * references into guides, and the manifest of published URLs.
 */
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { readContent, type RawEntry } from '../read.ts';
import { validateEntries, type ValidEntry } from '../validate.ts';
import { placeholderProblems, withoutPlaceholderFields } from '../placeholders.ts';
import { linkProblem } from './links.ts';
import { BodyCache, placeProblems, type Rendering } from './body.ts';
import { SiteMap } from './publication-map.ts';
import { aliasProblems, guideSectionProblems, redirectProblems } from './references.ts';
import { manifestPath, manifestProblems } from './manifest.ts';
import { addressProblems } from '../addresses.ts';
import { publicProblems } from '../public/files.ts';
import { toolkitProblems } from './toolkit.ts';
import { rememberHeadings } from './headings.ts';
import { siteRenderContext } from '../render/context.ts';
import { glossaryPairs } from '../glossary.ts';

export interface CheckOptions {
  /** Project root, for src/pages and relative file names; defaults to the working directory. */
  root?: string;
  /** The published-URL manifest; defaults to src/data/published-urls.json for content/, else <contentDir>/published-urls.json. */
  manifest?: string;
  /** Where to keep parsed bodies between runs (Astro's cache folder); no cache when unset. */
  cacheDir?: string | undefined;
  /**
   * The site's base path, given by a build: bodies are then rendered exactly as the pages show them and the
   * content loaders take that HTML instead of rendering every body a second time.
   */
  base?: string | undefined;
  /** The folder copied into the site as it is; defaults to public/ under the root. */
  publicDir?: string | undefined;
}

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
  /**
   * The bodies rendered in this run, by renderKey() (src/pipeline/render/context.ts), for the build's content
   * loaders, which take them instead of rendering every body again; empty when there are problems.
   */
  renderings: Map<string, Rendering>;
}

/** Body problems of one entry: MDX syntax, safe-MDX rules and placeholders (cached), then its links against the site. */
async function bodyProblems(entry: RawEntry, site: SiteMap, cache: BodyCache): Promise<Problem[]> {
  if (entry.body === undefined) return [];
  const where = { file: entry.file, bodyLine: entry.bodyLine };
  const analysis = cache.analyse(entry.body, entry.data);
  const problems = placeProblems(analysis.problems, where);
  for (const link of analysis.links) {
    const found = await linkProblem(link, where, entry, site);
    if (found) problems.push(found);
  }
  return problems;
}

/** Checks all content under `contentDir`; every problem at once, never the first only. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const manifest = options.manifest ?? manifestPath(contentDir, root);
  // A fixture's manifest may sit in its content root: the manifest check reads it.
  const read = readContent(contentDir, root, { readElsewhere: [manifest] });
  const placeholders = read.entries.flatMap(placeholderProblems);
  const validated = validateEntries(read.entries);
  const problems: Problem[] = [
    ...read.problems,
    ...placeholders,
    ...withoutPlaceholderFields(validated.problems, placeholders),
  ];
  const publicDir = options.publicDir ?? join(root, 'public');
  const site = new SiteMap(validated.entries, join(root, 'src/pages'), publicDir);
  problems.push(...toolkitProblems(validated.entries, site));
  // Bodies are checked even when the frontmatter is wrong: a contributor sees every problem in one run.
  const cache = new BodyCache(
    options.cacheDir && join(options.cacheDir, 'kf-checker.json'),
    options.base === undefined ? undefined : siteRenderContext(options.base, glossaryPairs(validated.entries)),
  );
  // Every body first, so a link into any page finds that page's headings already known.
  for (const entry of read.entries)
    if (entry.body !== undefined) rememberHeadings(entry.body, cache.analyse(entry.body, entry.data).headings);
  for (const entry of read.entries) problems.push(...(await bodyProblems(entry, site, cache)));
  cache.save();
  for (const entry of validated.entries) {
    problems.push(...(await aliasProblems(entry, site)));
    problems.push(...(await guideSectionProblems(entry, site)));
  }
  problems.push(...redirectProblems(validated.entries, site));
  problems.push(...addressProblems(read.entries, validated.entries, { root, publicDir }));
  problems.push(...publicProblems(validated.entries, { root, publicDir }));
  problems.push(...(await manifestProblems(manifest, root, site)));
  return {
    entries: validated.entries,
    problems,
    renderings: problems.length === 0 ? cache.renderings() : new Map(),
  };
}
