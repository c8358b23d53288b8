/**
 * Reads content files straight from disk, without Astro, keeping every YAML
 * value's position so problems can be reported as file:line:column.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { collections, type CollectionName } from '../../schemas/index.ts';
import type { Problem } from './problems.ts';

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

function listFiles(dir: string, pattern: string): string[] {
  const extension = extname(pattern);
  const recursive = pattern.startsWith('**/');
  let names: string[];
  try {
    names = readdirSync(dir, { recursive, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(extension) && !basename(name).startsWith('_') && !basename(name).startsWith('.'))
    .map((name) => join(dir, name))
    .sort();
}

/** Builds a locator over one YAML document whose first line is `lineOffset` lines into the file. */
function locator(doc: Document, counter: LineCounter, lineOffset: number, fallback: { line: number; column: number }, prefix: readonly PropertyKey[] = []) {
  return (path: readonly PropertyKey[]) => {
    const full = [...prefix, ...path];
    // Walk up the path until a node exists, so a missing field points at its parent.
    for (let depth = full.length; depth >= 0; depth--) {
      const node = doc.getIn(full.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        // For a key that exists, point at its key rather than its value.
        const pos = counter.linePos(node.range[0]);
        return { line: pos.line + lineOffset, column: pos.col };
      }
    }
    return fallback;
  };
}

function yamlProblems(doc: Document, counter: LineCounter, file: string, lineOffset: number): Problem[] {
  return doc.errors.map((error) => {
    const pos = counter.linePos(error.pos[0]);
    return { file, line: pos.line + lineOffset, column: pos.col, field: '', message: `YAML syntax: ${error.message.split('\n')[0]}`, hint: 'check indentation, colons and quotes on that line' };
  });
}

function readEntryFile(collection: CollectionName, path: string, root: string): { entry?: RawEntry; problems: Problem[] } {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const slug = basename(path, extname(path));
  const start = { line: 1, column: 1 };
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine = 1;
  if (path.endsWith('.mdx') || path.endsWith('.md')) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return { problems: [{ file, ...start, field: '', message: 'the file has no frontmatter', hint: 'start the file with a line ---, the fields, then another line ---; `npm run new` writes a template' }] };
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
  const entry: RawEntry = { collection, slug, file, data: doc.toJS() ?? {}, bodyLine, locate: locator(doc, counter, lineOffset, start) };
  if (body !== undefined) entry.body = body;
  return { entry, problems };
}

function readListFile(collection: CollectionName, path: string, root: string): ReadResult {
  const file = relative(root, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { entries: [], problems: [] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const problems = yamlProblems(doc, counter, file, 0);
  if (problems.length > 0) return { entries: [], problems };
  if (!isSeq(doc.contents)) {
    return { entries: [], problems: [{ file, line: 1, column: 1, field: '', message: 'expected a list of entries, each starting with "- id:"', hint: 'see the other entries in the file' }] };
  }
  const entries: RawEntry[] = doc.contents.items.map((item, index) => {
    const pos = counter.linePos((item as { range?: readonly number[] | null }).range?.[0] ?? 0);
    const data = isMap(item) ? item.toJS(doc) : item;
    const id = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : `#${index + 1}`;
    return { collection, slug: id, file, data, bodyLine: pos.line, locate: locator(doc, counter, 0, { line: pos.line, column: pos.col }, [index]) };
  });
  return { entries, problems };
}

/** Reads every collection under the content root. */
export function readContent(contentDir: string, root = process.cwd()): ReadResult {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    if (spec.kind === 'list') {
      const result = readListFile(name, join(contentDir, spec.path), root);
      entries.push(...result.entries);
      problems.push(...result.problems);
      continue;
    }
    for (const path of listFiles(join(contentDir, spec.path), spec.pattern)) {
      const result = readEntryFile(name, path, root);
      if (result.entry) entries.push(result.entry);
      problems.push(...result.problems);
    }
  }
  return { entries, problems };
}
