/**
 * Bounds on a body, checked on its text before anything parses it. Parsers and
 * tree walks recurse, so a thousand nested `<mark>`, ten thousand `>` or list
 * markers, or a long run of `*` overflowed the stack: on `npm run check`'s main
 * thread (about 1 MB of stack) sooner than on the build's check thread (4 MB),
 * so one file could fail the check and publish, or the reverse. With these
 * bounds the same body gets the same problem, at its place, wherever it runs.
 * The check and the renderer both call bodyLimitProblem first.
 */
import type { BodyProblem } from './sanitize.ts';

/** Characters in one body: five times the longest guide, and far below what the parser handles. */
export const MAX_BODY_CHARACTERS = 100_000;

/** Blocks or elements inside one another (quotes, lists, components, HTML elements). */
export const MAX_NESTING = 24;

/** A run of emphasis or bracket characters (`*`, `_`, `~`, `[`), each of which may open a nested span. */
export const MAX_DELIMITER_RUN = 48;

const DELIMITER_RUN = new RegExp(`[*_~]{${MAX_DELIMITER_RUN},}|\\[{${MAX_DELIMITER_RUN},}`);

const HINT_NESTING = `nest at most ${MAX_NESTING} levels deep; split the content into sections instead`;

/** Markers that open a container at the start of a line: `>`, `-`, `+`, `*`, `1.` or `1)`, each followed by a space. */
const CONTAINER = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** Tags as MDX and HTML write them; void elements close themselves. */
const TAG = /<(\/?)([A-Za-z][\w.:-]*)(?:\s[^<>]*?)?(\/?)>/g;
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'source', 'track', 'col', 'area', 'meta', 'link']);

function blockDepth(line: string): number {
  let rest = line;
  let depth = 0;
  let indent = 0;
  for (;;) {
    const marker = CONTAINER.exec(rest);
    if (!marker) break;
    indent += /^[ \t]*/.exec(marker[0])?.[0].replace(/\t/g, '    ').length ?? 0;
    depth++;
    rest = rest.slice(marker[0].length);
  }
  // A list nested by indentation alone (`      - a`) is one level per two columns.
  return depth + Math.floor(indent / 2);
}

/** The first place where the body is too large or nested too deep, or undefined. Positions are 1-based. */
export function bodyLimitProblem(body: string): BodyProblem | undefined {
  if (body.length > MAX_BODY_CHARACTERS) {
    const before = body.slice(0, MAX_BODY_CHARACTERS).split('\n');
    return {
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      field: 'body',
      message: `the text is ${body.length.toLocaleString('en')} characters long; a page may have at most ${MAX_BODY_CHARACTERS.toLocaleString('en')}`,
      hint: 'split it into several pages and link them',
    };
  }
  const lines = body.split('\n');
  let fenced = false;
  const open: string[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (/^[ \t>]*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) continue;
    const depth = blockDepth(raw);
    if (depth > MAX_NESTING)
      return {
        line,
        column: 1,
        field: 'body',
        message: `quotes or lists are nested ${depth} levels deep here`,
        hint: HINT_NESTING,
      };
    const text = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    const run = DELIMITER_RUN.exec(text);
    if (run)
      return {
        line,
        column: run.index + 1,
        field: 'body',
        message: `a run of ${run[0].length} ${run[0][0]} characters; each may open emphasis or a link inside the last`,
        hint: `write at most ${MAX_DELIMITER_RUN - 1} in a row, or escape them as \\${run[0][0]}`,
      };
    for (const tag of text.matchAll(TAG)) {
      const [, closing, name = '', selfClosing] = tag;
      if (selfClosing || VOID.has(name.toLowerCase())) continue;
      if (closing) {
        const at = open.lastIndexOf(name);
        if (at !== -1) open.length = at;
        continue;
      }
      open.push(name);
      if (open.length > MAX_NESTING)
        return {
          line,
          column: (tag.index ?? 0) + 1,
          field: 'body',
          message: `<${name}> is nested ${open.length} elements deep`,
          hint: HINT_NESTING,
        };
    }
  }
  return undefined;
}
