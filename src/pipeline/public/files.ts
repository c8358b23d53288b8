/**
 * What public/ may hold. The build copies public/ into the site as it is, so
 * every file there is checked like content, by `npm run check` and the build
 * alike, each problem on its file:
 * - contributor files live in images/ and documents/, of the types listed
 *   below, whose first bytes must be what the extension says; never HTML,
 *   script, stylesheets or anything a browser runs, and an SVG only without
 *   script or outside references (svg.ts);
 * - no file may take an address the build publishes: a route of src/pages, an
 *   entry's page or generated file, a redirect, the build's own folders;
 * - the host's files (`_headers`, `_redirects`, `CNAME`, `.well-known/`) are
 *   maintainers' files (.github/CODEOWNERS), and their security lines are held
 *   to the site's policy (host-files.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { collections } from '../../schemas/index.ts';
import { qrPath } from '../../lib/qr-path.ts';
import type { Problem } from '../problems.ts';
import { GENERATED_FILES, folderAt, fixedNames, type FixedNames } from '../addresses.ts';
import { slugSuggestion } from '../slug-suggestion.ts';
import { isPageEntry, type ValidEntry } from '../validate.ts';
import { walkFiles } from '../files.ts';
import { svgProblems } from './svg.ts';
import { hostFileProblems, HOST_FILES } from './host-files.ts';

/** How a file's first bytes start, by type: a `.png` that holds HTML is refused. */
type Signature = (bytes: Buffer) => boolean;
const starts =
  (...prefixes: string[]): Signature =>
  (bytes) =>
    prefixes.some((prefix) => bytes.subarray(0, prefix.length).equals(Buffer.from(prefix, 'latin1')));
const ZIP = starts('PK\x03\x04');
/** Text that a browser could take for a page when served without its type: refused in .txt and .csv. */
const TEXT: Signature = (bytes) => !/^\s*</.test(bytes.subarray(0, 512).toString('utf8'));

export interface FileType {
  signature: Signature;
  /** Largest file accepted, in bytes: the site is read on phones. */
  maxBytes: number;
}

const MB = 1024 * 1024;

/** Images: shown in pages (`<Figure>`, Markdown images) and on their own. */
export const IMAGE_TYPES: Readonly<Record<string, FileType>> = {
  '.png': { signature: starts('\x89PNG\r\n\x1a\n'), maxBytes: 2 * MB },
  '.jpg': { signature: starts('\xff\xd8\xff'), maxBytes: 2 * MB },
  '.jpeg': { signature: starts('\xff\xd8\xff'), maxBytes: 2 * MB },
  '.gif': { signature: starts('GIF87a', 'GIF89a'), maxBytes: 2 * MB },
  '.webp': { signature: (b) => starts('RIFF')(b) && b.subarray(8, 12).toString('latin1') === 'WEBP', maxBytes: 2 * MB },
  '.avif': { signature: (b) => /^ftypavi[fs]$/.test(b.subarray(4, 12).toString('latin1')), maxBytes: 2 * MB },
  '.ico': { signature: starts('\0\0\x01\0'), maxBytes: 256 * 1024 },
  // Text whose first element must be <svg> (svg.ts); a NUL byte means it is no text at all.
  '.svg': { signature: (bytes) => !bytes.includes(0), maxBytes: 512 * 1024 },
};

/** Documents readers download: slides, handouts, reports, tables. Office formats without macros. */
export const DOCUMENT_TYPES: Readonly<Record<string, FileType>> = {
  '.pdf': { signature: starts('%PDF-'), maxBytes: 20 * MB },
  '.odt': { signature: ZIP, maxBytes: 20 * MB },
  '.ods': { signature: ZIP, maxBytes: 20 * MB },
  '.odp': { signature: ZIP, maxBytes: 20 * MB },
  '.docx': { signature: ZIP, maxBytes: 20 * MB },
  '.xlsx': { signature: ZIP, maxBytes: 20 * MB },
  '.pptx': { signature: ZIP, maxBytes: 20 * MB },
  '.csv': { signature: TEXT, maxBytes: 5 * MB },
  '.txt': { signature: TEXT, maxBytes: 1 * MB },
};

/** The root of public/ holds the site's own files: its icons, the image shared with links, its web manifest (JSON). */
const ROOT_TYPES: Readonly<Record<string, FileType>> = {
  ...IMAGE_TYPES,
  '.webmanifest': { signature: TEXT, maxBytes: 64 * 1024 },
};

/**
 * The folders of public/ that contributors' files go in, with the types each takes. Every file in them is
 * served with a sandbox policy (public/_headers, checked by host-files.ts), so even a file that slipped past
 * these rules cannot run script on the site's origin.
 */
export const CONTRIBUTOR_FOLDERS: Readonly<Record<string, Readonly<Record<string, FileType>>>> = {
  images: IMAGE_TYPES,
  documents: DOCUMENT_TYPES,
};

/** Scripts in a PDF run in some readers; a PDF that declares any is refused. */
const PDF_ACTIONS = /\/(JavaScript|JS|Launch|EmbeddedFile)\b/;

/** A name every host and operating system serves as written: lowercase letters, digits, `-`, `_` and one extension. */
const FILE_NAME = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)?$/;

/** Everything the build publishes, by folder and name, derived from src/pages, the entries and the build's own code. */
function publishedNames(pagesDir: string, entries: readonly ValidEntry[]): FixedNames {
  const names = fixedNames(pagesDir, []);
  const claim = (address: string, owner: string) => {
    const segments = address.split('/').filter(Boolean);
    segments.forEach((segment, i) => {
      const folder = folderAt(segments, i);
      const inFolder = names.get(folder) ?? new Map();
      names.set(folder, inFolder);
      if (!inFolder.has(segment)) inFolder.set(segment, { owner, generatedFolder: i < segments.length - 1 });
    });
  };
  claim(`/${qrPath('/x/').split('/')[0] ?? 'qr'}/`, "the build's QR codes");
  for (const entry of entries) {
    const spec = collections[entry.collection];
    if ('url' in spec) claim(spec.url(entry.slug), `the page of ${entry.file}`);
    const generated = GENERATED_FILES[entry.collection];
    if (generated) claim(generated(entry.slug), `the file generated for ${entry.file}`);
    if (isPageEntry(entry))
      for (const old of entry.data.redirectFrom) claim(old, `the redirect written for ${entry.file}`);
  }
  return names;
}

/**
 * What already publishes at a file's address: a route, page or generated file at the address itself
 * (`/index.html` is the page of `index.astro`, `/404.html` of `404.astro`), or a folder the build writes into.
 */
function collision(path: string, names: FixedNames): string | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const [i, segment] of segments.entries()) {
    const folder = folderAt(segments, i);
    const inFolder = names.get(folder);
    const last = i === segments.length - 1;
    const taken = inFolder?.get(segment) ?? (last ? inFolder?.get(segment.replace(/\.html$/, '')) : undefined);
    if (taken) return taken.owner;
    if (last && segment === 'index.html' && folder === '/' && inFolder?.has('index')) return inFolder.get('index')?.owner;
  }
  return undefined;
}

export interface PublicOptions {
  /** Project root: file names in messages are relative to it. */
  root: string;
  publicDir?: string | undefined;
  pagesDir?: string | undefined;
}

/** Every problem of public/ at once, on the file it concerns. Symbolic links are reported by the address check. */
export function publicProblems(entries: readonly ValidEntry[], options: PublicOptions): Problem[] {
  const publicDir = options.publicDir ?? join(options.root, 'public');
  const tree = walkFiles(publicDir, options.root);
  const names = publishedNames(options.pagesDir ?? join(options.root, 'src/pages'), entries);
  const problems: Problem[] = [];
  for (const absolute of tree.files) {
    const path = `/${relative(publicDir, absolute).split(sep).join('/')}`;
    const file = relative(options.root, absolute).split(sep).join('/');
    const at = { file, line: 1, column: 1, field: '' };
    const owner = collision(path, names);
    if (owner) {
      problems.push({
        ...at,
        message: `would be published at ${path}, which ${owner} publishes; a file of public/ may never replace what the site builds`,
        hint: 'remove the file; images go in public/images/, documents in public/documents/',
      });
      continue;
    }
    problems.push(...fileProblems(absolute, path, at));
  }
  return problems;
}

function fileProblems(absolute: string, path: string, at: Omit<Problem, 'message'>): Problem[] {
  const segments = path.split('/').filter(Boolean);
  const top = segments[0] ?? '';
  const name = segments.at(-1) ?? '';
  if (segments.length === 1 && HOST_FILES.has(name))
    return hostFileProblems(name, readFileSync(absolute, 'utf8'), at, Object.keys(CONTRIBUTOR_FOLDERS));
  if (top === '.well-known') return wellKnownProblems(absolute, at);
  const extension = extname(name).toLowerCase();
  const types = segments.length === 1 ? ROOT_TYPES : CONTRIBUTOR_FOLDERS[top];
  if (!types) {
    return [
      {
        ...at,
        message: `is in public/${segments.length === 1 ? '' : `${top}/`}, where the site takes only ${segments.length === 1 ? 'its own icons and the host files' : 'nothing'}`,
        hint: `put images in public/images/ and documents in public/documents/ (${Object.keys(DOCUMENT_TYPES).join(', ')})`,
      },
    ];
  }
  const type = types[extension];
  if (!type) {
    return [
      {
        ...at,
        message: `a ${extension || 'file without an extension'} file cannot be published from public/${segments.length === 1 ? '' : `${top}/`}: ${segments.length === 1 ? 'only the site icons and its web manifest' : `it takes ${Object.keys(types).join(', ')}`}`,
        hint: `pages are written in content/ as MDX, never as HTML or script; save the file as one of ${Object.keys(types).join(', ')}`,
      },
    ];
  }
  const nameProblem = segments.every((segment) => FILE_NAME.test(segment))
    ? undefined
    : {
        ...at,
        message: `the name "${path.slice(1)}" is not a plain file name (lowercase letters, digits, - and _)`,
        hint: `rename it to ${slugSuggestion(name.slice(0, name.length - extension.length))}${extension}`,
      };
  const size = statSync(absolute).size;
  if (size > type.maxBytes) {
    return [
      ...(nameProblem ? [nameProblem] : []),
      {
        ...at,
        message: `is ${(size / MB).toFixed(1)} MB; a ${extension} file may be at most ${(type.maxBytes / MB).toFixed(1)} MB`,
        hint: 'reduce it (smaller dimensions, compression), or link to where it is published',
      },
    ];
  }
  const bytes = readFileSync(absolute);
  const problems: Problem[] = nameProblem ? [nameProblem] : [];
  if (!type.signature(bytes)) {
    problems.push({
      ...at,
      message: `does not hold a ${extension} file: its first bytes are those of another type`,
      hint: 'give the file the extension of what it really is, or export it again in the right format',
    });
    return problems;
  }
  if (extension === '.svg')
    for (const problem of svgProblems(bytes.toString('utf8'))) problems.push({ ...at, ...problem });
  if (extension === '.pdf') {
    const action = PDF_ACTIONS.exec(bytes.toString('latin1'));
    if (action)
      problems.push({
        ...at,
        message: `the PDF declares /${action[1]}, which some readers run or open`,
        hint: 'export the document again without scripts, attachments or actions ("PDF/A" does)',
      });
  }
  return problems;
}

/** `.well-known/` holds short text files for other services (`security.txt`); nothing a browser runs. */
function wellKnownProblems(absolute: string, at: Omit<Problem, 'message'>): Problem[] {
  const name = absolute.split(sep).at(-1) ?? '';
  const extension = extname(name).toLowerCase();
  if (extension !== '' && extension !== '.txt' && extension !== '.json')
    return [
      {
        ...at,
        message: `a ${extension} file cannot be published in public/.well-known/, which takes text and JSON only`,
        hint: 'keep only the files another service asks for there, such as security.txt',
      },
    ];
  return TEXT(readFileSync(absolute))
    ? []
    : [{ ...at, message: 'starts like an HTML page, which a browser could run', hint: 'write plain text or JSON' }];
}
