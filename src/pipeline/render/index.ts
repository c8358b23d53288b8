/**
 * Renders an entry body as data: MDX in, finished HTML and headings out, with
 * no module compiled and nothing run. The checker (`npm run check`) and the
 * content loaders of the build call this same function, so whatever the build
 * would refuse, the check has already reported at its line and column.
 *
 * Parsed once by Sätteri, the parser Astro itself used for these bodies, so
 * smart punctuation, GFM and every heading id stay as they were; then
 * allow-listed (sanitize.ts), decorated (heading ids and links, table captions
 * and column labels, base paths, glossary <abbr>) and written
 * (serialize.ts).
 */
import { mdxToHast } from 'satteri';
import type { Root } from 'hast';
import type { GlossaryMatcher } from '../../lib/glossary-marking.ts';
import { sanitize } from './sanitize.ts';
import type { BodyProblem } from './sanitize.ts';
import { linkHeadings, prefixBase } from './heading-links.ts';
import { markGlossary } from './glossary-abbr.ts';
import { captionTables } from './tables.ts';
import { toHtml } from './serialize.ts';
import { locateAttributes } from './jsx-attributes.ts';
import { MDX_FEATURES, syntaxProblem } from './mdx-syntax.ts';

export type { BodyProblem } from './sanitize.ts';
export type { Heading } from './heading-links.ts';
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
  /** Positions are the body's own: line 1 is the body's first line. */
  problems: BodyProblem[];
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

function parse(body: string): { tree?: { children: unknown[] }; problem?: BodyProblem } {
  try {
    const tree = mdxToHast(body, { features: MDX_FEATURES });
    // So a refused attribute is reported at its own column, as the check reports it.
    locateAttributes(tree, body);
    return { tree: tree as { children: unknown[] } };
  } catch (error) {
    return { problem: syntaxProblem(error) };
  }
}

/**
 * The HTML of whatever the allow-list keeps, even when it had to refuse
 * something, with the problems found. Safe by construction: it is what the
 * browser test loads for every hostile fixture. The build never publishes it
 * when there are problems (renderBody).
 */
export function renderAllowed(body: string, context: RenderContext): RenderedBody {
  const { tree, problem } = parse(body);
  const control = controlProblem(body);
  const found = [control, problem].filter((p): p is BodyProblem => p !== undefined);
  if (!tree) return { html: '', headings: [], problems: found };
  const { root, problems } = sanitize(tree);
  const headings = linkHeadings(root, context.anchors ?? {});
  const tables = captionTables(root);
  prefixBase(root, context.base);
  markGlossary(root, context.glossary);
  return { html: toHtml(root as Root), headings, problems: [...found, ...problems, ...tables] };
}

/** The body's HTML and headings, or the problems that keep it from being rendered (then html is empty). */
export function renderBody(body: string, context: RenderContext): RenderedBody {
  // A stray control character is reported, and the rest of the body is still read around it (as a space), so its
  // other problems show in the same run and its headings stay known to the links that point at them.
  const control = controlProblem(body);
  if (control) {
    const rest = renderAllowed(body.replace(new RegExp(CONTROL.source, 'g'), ' '), context);
    return { html: '', headings: rest.headings, problems: [control, ...rest.problems] };
  }
  const rendered = renderAllowed(body, context);
  // Headings stay known despite a problem, so links to this page's sections are not reported as broken on top of it.
  return rendered.problems.length > 0
    ? { html: '', headings: rendered.headings, problems: rendered.problems }
    : rendered;
}
