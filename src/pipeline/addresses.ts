/**
 * Who may own each address of the built site. An entry's file name is its
 * address, so a name that is not a slug, or that a route of src/pages, a file
 * of public/ or the build's own folders already use, would lose the page
 * without a word: the build writes one over the other and the sitemap links
 * to an address that is not the page. The same holds for the files generated
 * beside entries (an event's .ics, a contact's .vcf) and for `redirectFrom`,
 * which must only take addresses that nothing else can ever publish.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { collections, slug as slugSchema, type CollectionName } from '../schemas/index.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';
import { isDraft, isPageEntry, type ValidEntry } from './validate.ts';
import { isMissing, walkFiles } from './files.ts';
import { slugSuggestion } from './slug-suggestion.ts';

/** Folders the build itself writes at the root of the site: Astro's assets and the search index. */
export const BUILD_FOLDERS = ['_astro', 'pagefind'] as const;

/**
 * Files each entry publishes beside its page, from the routes
 * src/pages/events/[slug].ics.ts and src/pages/directory/[id].vcf.ts.
 */
export const GENERATED_FILES: Partial<Record<CollectionName, (slug: string) => string>> = {
  events: (slug) => `/events/${slug}.ics`,
  contacts: (id) => `/directory/${id}.vcf`,
};

/** The file extensions a route file may have in src/pages. */
const ROUTE_EXTENSION = /\.(astro|ts|js|md|mdx)$/;

export interface FixedName {
  /** What holds the name, for messages: `src/pages/search.astro`, `public/favicon.svg`, `the build's search index`. */
  owner: string;
  /** A route folder without a page of its own, whose every address comes from a parameter (src/pages/events/past/). */
  generatedFolder: boolean;
}

/** Folder of the site → name in it → what holds it. `'/'` → `'search'` → `src/pages/search.astro`. */
export type FixedNames = Map<string, Map<string, FixedName>>;

/** The folder that holds the segment at `depth`: `folderAt(['toolbox', 'pcp'], 1)` is `/toolbox/`. */
export function folderAt(segments: readonly string[], depth: number): string {
  return `/${segments
    .slice(0, depth)
    .map((s) => `${s}/`)
    .join('')}`;
}

function claim(names: FixedNames, folder: string, name: string, holder: FixedName): void {
  const inFolder = names.get(folder) ?? new Map<string, FixedName>();
  names.set(folder, inFolder);
  if (!inFolder.has(name)) inFolder.set(name, holder);
}

/**
 * The names that routes, public files and the build take in each folder of the
 * site, read from src/pages and public/ so a new route is known at once:
 * `search.astro` takes `search` in `/`, `toolbox/phase/[phase]/…` takes `phase`
 * in `/toolbox/`, `feed.xml.ts` takes `feed.xml`, `public/images/a.svg` takes
 * `images` in `/` and `a.svg` in `/images/`.
 */
export function fixedNames(pagesDir: string, publicFiles: readonly string[]): FixedNames {
  const names: FixedNames = new Map();
  for (const folder of BUILD_FOLDERS)
    claim(names, '/', folder, { owner: `the build's /${folder}/ folder`, generatedFolder: true });
  let routes: string[] = [];
  try {
    routes = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) => ROUTE_EXTENSION.test(file));
  } catch (error) {
    // A project without src/pages has no routes to collide with; any other failure would hide a collision.
    if (!isMissing(error)) throw error;
  }
  for (const route of routes) {
    const segments = route.split(sep);
    for (const [i, segment] of segments.entries()) {
      if (segment.includes('[') || segment.startsWith('_')) break;
      const folder = folderAt(segments, i);
      const last = i === segments.length - 1;
      const owner = `src/pages/${segments.slice(0, i + 1).join('/')}${last ? '' : '/'}`;
      const hasIndex =
        !last && readdirSync(join(pagesDir, ...segments.slice(0, i + 1))).some((file) => /^index\./.test(file));
      claim(names, folder, last ? segment.replace(ROUTE_EXTENSION, '') : segment, {
        owner,
        generatedFolder: !last && !hasIndex,
      });
    }
  }
  for (const file of publicFiles) {
    const segments = file.split('/').filter(Boolean);
    segments.forEach((segment, i) => {
      const folder = folderAt(segments, i);
      const last = i === segments.length - 1;
      claim(names, folder, segment, {
        owner: `public/${segments.slice(0, i + 1).join('/')}${last ? '' : '/'}`,
        generatedFolder: false,
      });
    });
  }
  return names;
}

/** Splits an address into its folder and last name: `/toolbox/pcp/` → [`/toolbox/`, `pcp`]; `/events/x.ics` → [`/events/`, `x.ics`]. */
function splitAddress(path: string): [string, string] {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const cut = trimmed.lastIndexOf('/') + 1;
  return [trimmed.slice(0, cut), trimmed.slice(cut)];
}

/** The file name rule and the addresses an entry's file name gives it. */
function entryProblems(entry: RawEntry, names: FixedNames): Problem[] {
  const where = { file: entry.file, line: 1, column: 1, field: '' };
  const fileName = basename(entry.file);
  const extension = extname(fileName);
  if (!slugSchema.safeParse(entry.slug).success) {
    return [
      {
        ...where,
        message: `the file name "${fileName}" is not a slug; an entry's file name is its address, so it may hold only lowercase letters a-z, digits and single hyphens`,
        hint: `rename the file to ${slugSuggestion(entry.slug)}${extension}`,
      },
    ];
  }
  const spec = collections[entry.collection];
  const addresses: [string, string][] = [];
  if ('url' in spec) addresses.push([spec.url(entry.slug), 'the page']);
  const generated = GENERATED_FILES[entry.collection];
  if (generated) addresses.push([generated(entry.slug), 'the file generated for it']);
  const problems: Problem[] = [];
  for (const [address, what] of addresses) {
    const [folder, name] = splitAddress(address);
    const taken = names.get(folder)?.get(name);
    if (taken) {
      problems.push({
        ...where,
        message: `${what} would be published at ${address}, which ${taken.owner} already takes, so it would be lost`,
        hint: `rename the file: its name "${entry.slug}" is the address; ${folder === '/' ? 'top-level names' : `names in ${folder}`} used by the site itself cannot be entries`,
      });
    }
  }
  return problems;
}

/** `redirectFrom` addresses that something else publishes or will publish: the build's folders, generated listings, public files, drafts. */
function redirectProblems(
  entry: ValidEntry,
  names: FixedNames,
  publicFiles: ReadonlySet<string>,
  drafts: ReadonlyMap<string, ValidEntry>,
): Problem[] {
  const problems: Problem[] = [];
  if (!isPageEntry(entry)) return [];
  entry.data.redirectFrom.forEach((path, i) => {
    const where = { file: entry.file, ...entry.locate(['redirectFrom', i]), field: `redirectFrom.${i}` };
    const segments = path.split('/').filter(Boolean);
    // A folder that holds only generated pages (a listing's page 2, a build folder) is never free, at any depth.
    for (const [depth, segment] of segments.entries()) {
      const folder = folderAt(segments, depth);
      const taken = names.get(folder)?.get(segment);
      if (!taken?.generatedFolder) continue;
      problems.push({
        ...where,
        message: `${path} is inside ${folder}${segment}/, where ${taken.owner} publishes its own pages`,
        hint: 'a redirect may only take an address nothing else publishes; list the address the page really had',
      });
      return;
    }
    const file = path.endsWith('/') ? `${path}index.html` : path;
    // A redirect from /_headers/ would need a folder where public/_headers is a file: the build could not write it.
    const fileOnTheWay = segments
      .map((_, i) => `/${segments.slice(0, i + 1).join('/')}`)
      .find((p) => publicFiles.has(p));
    if (fileOnTheWay && fileOnTheWay !== file) {
      problems.push({
        ...where,
        message: `${path} would need a folder where the file public${fileOnTheWay} is published`,
        hint: 'remove this line; a redirect may only take an address nothing else publishes',
      });
      return;
    }
    if (publicFiles.has(file)) {
      problems.push({
        ...where,
        message: `${path} is the file public${file}, which is published as it is`,
        hint: 'remove this line, or remove the file from public/',
      });
      return;
    }
    const draft = drafts.get(path);
    if (draft) {
      problems.push({
        ...where,
        message: `${path} is the address of the draft ${draft.file}; once it is published, this redirect would hide it`,
        hint: 'remove this line, or give the draft another file name',
      });
    }
  });
  return problems;
}

export interface AddressOptions {
  /** Project root: relative file names in messages, src/pages and public/ under it. */
  root: string;
  pagesDir?: string;
  publicDir?: string;
}

/**
 * Every address problem of the site at once: symbolic links in public/ (never
 * followed), entry file names that are not slugs or that a route, public file,
 * build folder or generated file already takes, and redirects onto addresses
 * that are not free. A redirect onto a live page is reported by the redirect
 * check of src/pipeline/checker/references.ts.
 */
export function addressProblems(
  raw: readonly RawEntry[],
  valid: readonly ValidEntry[],
  options: AddressOptions,
): Problem[] {
  const publicDir = options.publicDir ?? join(options.root, 'public');
  const tree = walkFiles(publicDir, options.root);
  const publicPaths = tree.files.map((file) => `/${relative(publicDir, file).split(sep).join('/')}`);
  const names = fixedNames(options.pagesDir ?? join(options.root, 'src/pages'), publicPaths);
  const problems: Problem[] = [...tree.problems];
  for (const entry of raw) {
    if (collections[entry.collection].kind === 'entries') problems.push(...entryProblems(entry, names));
  }
  const drafts = new Map<string, ValidEntry>();
  for (const entry of valid) {
    const spec = collections[entry.collection];
    if ('url' in spec && isDraft(entry)) drafts.set(spec.url(entry.slug), entry);
  }
  const publicSet = new Set(publicPaths);
  for (const entry of valid) {
    if (!isDraft(entry)) problems.push(...redirectProblems(entry, names, publicSet, drafts));
  }
  return problems;
}
