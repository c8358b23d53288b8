/**
 * Renders an entry body as data: MDX in, finished HTML and headings out, with
 * no module compiled and nothing run. The checker (`npm run check`) and the
 * content loaders of the build call this same function, so whatever the build
 * would refuse, the check has already reported at its line and column.
 *
 * Parsed once by Sätteri, the parser Astro itself used for these bodies, so
 * smart punctuation, GFM and every heading id stay as they were (parse.ts);
 * every address judged as written (written-addresses.ts); then allow-listed
 * (sanitize.ts: the safe-MDX rules, in one place), decorated (heading ids and
 * links, base paths, glossary <abbr>) and written (serialize.ts).
 */
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { GlossaryMatcher } from '../../lib/glossary-marking.ts';
import { sanitize } from './sanitize.ts';
import type { BodyProblem } from './sanitize.ts';
import { linkHeadings, prefixBase } from './heading-links.ts';
import { markGlossary } from './glossary-abbr.ts';
import { toHtml } from './serialize.ts';
import { parseMdx } from './parse.ts';
import { addressProblems, writtenAddresses, type Link } from './written-addresses.ts';

export type { BodyProblem } from './sanitize.ts';
export type { Heading } from './heading-links.ts';
export type { Link } from './written-addresses.ts';
import type { Heading } from './heading-links.ts';

export interface RenderContext {
  /** The site's base path, `/` or `/knowledge-factory/`. */
  base: string;
  /** Old heading ids kept working: `{ old-id: current-id }` from the frontmatter. */
  anchors?: Readonly<Record<string, string>>;
  glossary: GlossaryMatcher;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** Positions are the body's own: line 1 is the body's first line; in document order. */
  problems: BodyProblem[];
  /** Every address the body writes, used or not (render/written-addresses.ts); empty when MDX could not read it. */
  links: Link[];
  /** The body as written, from the same parse; undefined when MDX could not read it. */
  source?: MdastRoot | undefined;
}

/** Characters no text may hold: C0 controls but tab, line feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

function controlProblem(body: string): BodyProblem | undefined {
  const match = CONTROL.exec(body);
  if (!match) return undefined;
  const before = body.slice(0, match.index).split('\n');
  const code = match[0].codePointAt(0) ?? 0;
  const what =
    code === 0xfffd
      ? 'a byte that is not UTF-8 text'
      : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
    field: 'body',
    message: `the text holds ${what}`,
    hint: 'delete it (an editor that shows invisible characters helps), and save the file as UTF-8',
  };
}

/** Document order: by line, then column; problems of one place keep the order they were found in. */
function inDocumentOrder(problems: BodyProblem[]): BodyProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The HTML of whatever the allow-list keeps, even when it had to refuse
 * something, with the problems found. Safe by construction: it is what the
 * browser test loads for every hostile fixture. The build never publishes it
 * when there are problems (renderBody).
 */
export function renderAllowed(body: string, context: RenderContext): RenderedBody {
  const { parsed, problem } = parseMdx(body);
  const control = controlProblem(body);
  const found = [control, problem].filter((p): p is BodyProblem => p !== undefined);
  if (!parsed) return { html: '', headings: [], problems: found, links: [] };
  const links = writtenAddresses(parsed.source);
  const { root, problems } = sanitize(parsed.tree);
  const headings = linkHeadings(root, context.anchors ?? {});
  prefixBase(root, context.base);
  markGlossary(root, context.glossary);
  return {
    html: toHtml(root as Root),
    headings,
    problems: [...found, ...inDocumentOrder([...addressProblems(links), ...problems])],
    links,
    source: parsed.source,
  };
}

/** The body's HTML and headings, or the problems that keep it from being rendered (then html is empty). */
export function renderBody(body: string, context: RenderContext): RenderedBody {
  // A stray control character is reported, and the rest of the body is still read around it (as a space), so its
  // other problems show in the same run and its headings stay known to the links that point at them.
  const control = controlProblem(body);
  if (control) {
    const rest = renderAllowed(body.replace(new RegExp(CONTROL.source, 'g'), ' '), context);
    return { ...rest, html: '', problems: [control, ...rest.problems] };
  }
  const rendered = renderAllowed(body, context);
  // Headings stay known despite a problem, so links to this page's sections are not reported as broken on top of it.
  return rendered.problems.length > 0 ? { ...rendered, html: '' } : rendered;
}
