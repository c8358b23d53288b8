/**
 * Reads content files straight from disk, without Astro, keeping every YAML
 * value's position so problems can be reported as file:line:column.
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join, relative, resolve, basename, extname, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, visit, type Document } from 'yaml';
import { collections, type CollectionName } from '../schemas/index.ts';
import type { Problem } from './problems.ts';
import { walkFiles } from './files.ts';
import { slugSuggestion } from './slug-suggestion.ts';

export interface RawEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension, or its `id` field in a list file. */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The parsed frontmatter or YAML item, as plain data. */
  data: unknown;
  /** The MDX body, for entries with one. */
  body?: string;
  /** Line number (1-based) where the body starts. */
  bodyLine: number;
  /** Where a field is written: `locate(['sources', 0, 'url'])`. Falls back to the entry's start. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * How many times a file may repeat a YAML anchor's value through aliases
 * (`*name`). Content hardly needs them; the cap stops an alias bomb, a few
 * lines that expand to billions of values, before it exhausts memory.
 */
export const MAX_YAML_ALIASES = 100;

/**
 * Files under the content root that are never entries, on purpose, by their
 * path from the root: CHANGES.md, the editors' notes on corrections to the
 * sources (README.md, "content/"). Every other file is an entry or a problem.
 */
export const NOT_ENTRIES: ReadonlySet<string> = new Set(['CHANGES.md']);

/** `_notes.yaml`, `.DS_Store`: names that look deliberately set aside, which the site never reads. */
const SET_ASIDE = /^[_.]/;

/** The entry files of one collection folder, from the walked content tree; names starting with _ or . are not entries. */
function listFiles(files: readonly string[], dir: string, pattern: string): string[] {
  const extension = extname(pattern);
  const recursive = pattern.startsWith('**/');
  const prefix = `${dir}${sep}`;
  return files.filter((path) => {
    if (!path.startsWith(prefix)) return false;
    const name = path.slice(prefix.length);
    return (recursive || !name.includes(sep)) && name.endsWith(extension) && !SET_ASIDE.test(basename(name));
  });
}

function unreadProblem(path: string, root: string, message: string, hint: string): Problem {
  return { file: relative(root, path).split(sep).join('/'), line: 1, column: 1, field: '', message, hint };
}

/**
 * Why a file in a collection's folder is not read: a name set aside with _ or
 * . (`_ee2.yaml` once bypassed every rule), a wrong or capitalised extension
 * (`fr.yml`, `About.MDX`), or a subfolder where the collection has none.
 */
function unreadInCollection(path: string, dir: string, spec: { path: string; pattern: string }, root: string): Problem {
  const name = basename(path);
  const extension = extname(spec.pattern);
  const suggestion = `${slugSuggestion(basename(name, extname(name)))}${extension}`;
  if (SET_ASIDE.test(name))
    return unreadProblem(
      path,
      root,
      `is not read: a name starting with "${name[0]}" is never an entry, so the file would never be published, nor checked`,
      `rename it to ${suggestion} to publish it (draft: true keeps an entry unpublished), or move it out of content/`,
    );
  if (!spec.pattern.startsWith('**/') && relative(dir, path).includes(sep))
    return unreadProblem(
      path,
      root,
      `is in a subfolder of ${spec.path}/, where entries are not read, so it would never be published`,
      `move it to ${spec.path}/${name}, or out of content/ if it is not an entry`,
    );
  return unreadProblem(
    path,
    root,
    `is not read: entries in ${spec.path}/ are ${extension} files, so it would never be published`,
    `rename it to ${suggestion}, or move it out of content/ if it is not an entry`,
  );
}

/** A file outside every collection's folder and file, unless it is one of NOT_ENTRIES or read by another check. */
function outsideCollections(path: string, contentDir: string, root: string): Problem {
  const name = basename(path);
  const list = Object.values(collections).find(
    (spec) => spec.kind === 'list' && basename(spec.path, extname(spec.path)) === basename(name, extname(name)),
  );
  return unreadProblem(
    path,
    root,
    `is not in any collection's folder or file, so it would never be published, nor checked`,
    list && relative(contentDir, path) !== list.path
      ? `rename it to ${list.path}`
      : `move it into its collection's folder (${Object.values(collections)
          .map((spec) => (spec.kind === 'list' ? spec.path : `${spec.path}/`))
          .join(', ')}), or out of content/ if it is not content`,
  );
}

/** Byte offset of the first byte that is not well-formed UTF-8, or -1 when the whole buffer is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      continue;
    }
    // Lead byte: sequence length and the allowed range of the second byte (no overlongs, no surrogates, nothing past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** The file's text, or a problem at the line and column of its first byte that is not UTF-8. */
function decodeFile(path: string, file: string): { text?: string; problem?: Problem } {
  const bytes = readFileSync(path);
  // The native check is fast enough for every file of a large site; the slow scan only runs to place an error.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  // TextDecoder also drops a leading byte-order mark, which would hide the frontmatter.
  if (bad === -1) return { text: new TextDecoder('utf-8').decode(bytes) };
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
  // Columns count UTF-16 units, as editors and the YAML and MDX parsers do.
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
  const hex = `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return {
    problem: {
      file,
      line,
      column,
      field: '',
      message: `the byte ${hex} is not UTF-8 text, so the file cannot be read`,
      hint: 'save the file as UTF-8 in your editor (often "Save with encoding"), then retype the character at that place',
    },
  };
}

/** Builds a locator over one YAML document whose first line is `lineOffset` lines into the file. */
function locator(
  doc: Document,
  counter: LineCounter,
  lineOffset: number,
  fallback: { line: number; column: number },
  prefix: readonly PropertyKey[] = [],
) {
  return (path: readonly PropertyKey[]) => {
    const full = [...prefix, ...path];
    // Walk up the path until a node exists, so a missing field points at its parent.
    for (let depth = full.length; depth >= 0; depth--) {
      const node = doc.getIn(full.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        // For a key that exists, point at its key rather than its value.
        const pos = counter.linePos(node.range[0]);
        return { line: pos.line + lineOffset, column: pos.col };
      }
    }
    return fallback;
  };
}

/** The one explicit tag content may write: `!!str`, to keep a value such as `2024` or `yes` as text. */
const TEXT_TAG = 'tag:yaml.org,2002:str';

/**
 * Errors, warnings and explicit tags alike. A warning is a value the parser had
 * to guess, and a tag (`!note`, `!!binary`, `!!timestamp`) makes a value of a
 * type no field expects; another reader of the file may decide otherwise, so
 * the check refuses both, and the build, which loads what the check read, too.
 */
function yamlProblems(doc: Document, counter: LineCounter, file: string, lineOffset: number): Problem[] {
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return { file, line: pos.line + lineOffset, column: pos.col, field: '' };
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings]
    .filter((error) => !error.message.startsWith('Unresolved tag'))
    .map((error) => ({
      ...at(error.pos[0]),
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
      hint: 'check indentation, colons and quotes on that line',
    }));
  visit(doc, {
    Node(_, node) {
      const tag = (node as { tag?: string }).tag;
      if (tag === undefined || tag === TEXT_TAG) return;
      const written = tag.replace('tag:yaml.org,2002:', '!!');
      problems.push({
        ...at(node.range?.[0] ?? 0),
        message: `YAML: the tag ${written} is not one the site reads, so the value would be guessed`,
        hint: `remove ${written}; write the value plainly, in quotes if it is text`,
      });
    },
  });
  return problems;
}

/**
 * A document's data, or a problem when it expands its aliases past the cap
 * (an alias bomb), placed on the first alias so the file's other problems and
 * every other file still get checked.
 */
function toData(
  doc: Document,
  counter: LineCounter,
  file: string,
  lineOffset: number,
  node: unknown = doc,
): { data?: unknown; problem?: Problem } {
  try {
    const data =
      node === doc
        ? doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
        : (node as { toJS(doc: Document, options: object): unknown }).toJS(doc, { maxAliasCount: MAX_YAML_ALIASES });
    return { data };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    visit(doc, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const pos = counter.linePos(offset);
    return {
      problem: {
        file,
        line: pos.line + lineOffset,
        column: pos.col,
        field: '',
        message: `the YAML aliases (*name) expand to too many values (more than ${MAX_YAML_ALIASES}); the file was not read`,
        hint: 'write the values out instead of repeating them with & anchors and * aliases',
      },
    };
  }
}

function readEntryFile(
  collection: CollectionName,
  path: string,
  root: string,
): { entry?: RawEntry; problems: Problem[] } {
  const file = relative(root, path);
  const decoded = decodeFile(path, file);
  if (decoded.problem) return { problems: [decoded.problem] };
  const text = decoded.text ?? '';
  const slug = basename(path, extname(path));
  const start = { line: 1, column: 1 };
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine = 1;
  if (path.endsWith('.mdx') || path.endsWith('.md')) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        problems: [
          {
            file,
            ...start,
            field: '',
            message: 'the file has no frontmatter',
            hint: 'start the file with a line ---, the fields, then another line ---; `npm run new` writes a template',
          },
        ],
      };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const problems = yamlProblems(doc, counter, file, lineOffset);
  if (problems.length > 0) return { problems };
  const { data, problem } = toData(doc, counter, file, lineOffset);
  if (problem) return { problems: [problem] };
  const entry: RawEntry = {
    collection,
    slug,
    file,
    data: data ?? {},
    bodyLine,
    locate: locator(doc, counter, lineOffset, start),
  };
  // Stray characters in the body are the renderer's rule (render/characters.ts), which the check and the build share.
  if (body !== undefined) entry.body = body;
  return { entry, problems };
}

function readListFile(collection: CollectionName, path: string, root: string): ReadResult {
  const file = relative(root, path);
  const decoded = decodeFile(path, file);
  if (decoded.problem) return { entries: [], problems: [decoded.problem] };
  const text = decoded.text ?? '';
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const problems = yamlProblems(doc, counter, file, 0);
  if (problems.length > 0) return { entries: [], problems };
  if (!isSeq(doc.contents)) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: 'expected a list of entries, each starting with "- id:"',
          hint: 'see the other entries in the file',
        },
      ],
    };
  }
  const entries: RawEntry[] = [];
  doc.contents.items.forEach((item, index) => {
    const pos = counter.linePos((item as { range?: readonly number[] | null }).range?.[0] ?? 0);
    const read = isMap(item) ? toData(doc, counter, file, 0, item) : { data: item };
    if (read.problem) {
      problems.push(read.problem);
      return;
    }
    const data = read.data;
    const id = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : `#${index + 1}`;
    entries.push({
      collection,
      slug: id,
      file,
      data,
      bodyLine: pos.line,
      locate: locator(doc, counter, 0, { line: pos.line, column: pos.col }, [index]),
    });
  });
  return { entries, problems };
}

export interface ReadOptions {
  /** Files under the content root that another check reads (a fixture's published-urls.json), as absolute paths. */
  readElsewhere?: readonly string[];
}

/**
 * Reads every collection under the content root. Every file under it is read
 * as an entry or reported, never skipped in silence, except NOT_ENTRIES and
 * `readElsewhere`; symbolic links anywhere under it are reported and never read.
 */
export function readContent(contentDir: string, root = process.cwd(), options: ReadOptions = {}): ReadResult {
  const entries: RawEntry[] = [];
  const tree = walkFiles(contentDir, root);
  const problems: Problem[] = [...tree.problems];
  const accounted = new Set([
    ...[...NOT_ENTRIES].map((path) => join(contentDir, path)),
    ...(options.readElsewhere ?? []).map((path) => resolve(path)),
  ]);
  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    if (spec.kind === 'list') {
      const path = join(contentDir, spec.path);
      if (!tree.files.includes(path)) continue;
      accounted.add(path);
      const result = readListFile(name, path, root);
      entries.push(...result.entries);
      problems.push(...result.problems);
      continue;
    }
    const dir = join(contentDir, spec.path);
    const read = listFiles(tree.files, dir, spec.pattern);
    for (const path of read) {
      accounted.add(path);
      const result = readEntryFile(name, path, root);
      if (result.entry) entries.push(result.entry);
      problems.push(...result.problems);
    }
    for (const path of tree.files)
      if (path.startsWith(`${dir}${sep}`) && !accounted.has(path)) {
        accounted.add(path);
        problems.push(unreadInCollection(path, dir, spec, root));
      }
  }
  for (const path of tree.files) if (!accounted.has(path)) problems.push(outsideCollections(path, contentDir, root));
  return { entries, problems };
}
