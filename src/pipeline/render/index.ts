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
 * links, table captions and column labels, base paths, glossary <abbr>) and
 * written with hast-util-to-html.
 */
import type { ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { GlossaryMatcher } from '../../lib/glossary-marking.ts';
import { sanitize } from './sanitize.ts';
import type { BodyProblem } from './sanitize.ts';
import { linkHeadings, prefixBase } from './heading-links.ts';
import { markGlossary } from './glossary-abbr.ts';
import { captionTables } from './tables.ts';
import { toHtml } from 'hast-util-to-html';
import { bodyLimitProblem } from './limits.ts';
import { SITE_IDS } from '../../schemas/site-ids.ts';
import { STOP_WORDS } from '../../schemas/claims.ts';
import { parseMdx } from './parse.ts';
import type { ComponentForm } from './components.ts';
import { addressProblems, writtenAddresses, type Link } from './written-addresses.ts';
import { strayCharacterProblems, withoutStrayCharacters } from './characters.ts';

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
  /** Components from their templates (the default), or as neutral elements for the test against `@astrojs/mdx`. */
  components?: ComponentForm;
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

/** Document order: by line, then column; problems of one place keep the order they were found in. */
function inDocumentOrder(problems: BodyProblem[]): BodyProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Headings whose id the site's own page chrome already uses (`## Sources` → `#sources`). */
function siteIdProblems(root: Root | ElementContent): BodyProblem[] {
  if (!('children' in root)) return [];
  return root.children.flatMap((node): BodyProblem[] => {
    if (node.type !== 'element') return [];
    if (!/^h[1-6]$/.test(node.tagName)) return siteIdProblems(node);
    const id = String(node.properties['id'] ?? '');
    if (!SITE_IDS.has(id)) return [];
    const start = node.position?.start;
    return [
      {
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        field: 'mdx:heading-id',
        message: `the heading's id #${id} is one the page itself uses, so links to either would be confused`,
        hint: `reword the heading (for example "${id === 'sources' ? 'Further reading' : 'More on this'}")`,
      },
    ];
  });
}

/** A paragraph that repeats one word this often, and makes this share of its words of it, reads as a list of search words. */
const STUFFED_REPEATS = 8;
const STUFFED_SHARE = 0.25;

function plainText(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as ElementContent)).join(' ') : '';
}

/** Paragraphs and list items stuffed with one word to rank higher in search. */
function stuffingProblems(root: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: ElementContent | Root) => {
    if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'li')) {
      const words =
        plainText(node)
          .toLowerCase()
          .match(/\p{L}{3,}/gu) ?? [];
      const counts = new Map<string, number>();
      for (const word of words) if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      const [word, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (count >= STUFFED_REPEATS && count / words.length >= STUFFED_SHARE) {
        const start = node.position?.start;
        problems.push({
          line: start?.line ?? 1,
          column: start?.column ?? 1,
          field: 'mdx:keyword-stuffing',
          message: `"${word}" is ${count} of the ${words.length} words here; text written for search engines is not published`,
          hint: 'write the sentence for readers, using the word where it is needed',
        });
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent);
  };
  visit(root);
  return problems;
}

/**
 * The HTML of whatever the allow-list keeps, even when it had to refuse
 * something, with the problems found. Safe by construction: it is what the
 * browser test loads for every hostile fixture. The build never publishes it
 * when there are problems (renderBody).
 */
export function renderAllowed(body: string, context: RenderContext): RenderedBody {
  const limit = bodyLimitProblem(body);
  if (limit) return { html: '', headings: [], problems: [limit], links: [] };
  const { parsed, problem } = parseMdx(body);
  const found = [...strayCharacterProblems(body), ...(problem ? [problem] : [])];
  if (!parsed) return { html: '', headings: [], problems: found, links: [] };
  const links = writtenAddresses(parsed.source);
  const { root, problems } = sanitize(parsed.tree, context.components);
  const headings = linkHeadings(root, context.anchors ?? {});
  problems.push(...siteIdProblems(root as Root), ...stuffingProblems(root as Root), ...captionTables(root));
  prefixBase(root, context.base);
  markGlossary(root, context.glossary);
  return {
    html: toHtml(root as Root, { characterReferences: { useNamedReferences: true } }),
    headings,
    problems: [...found, ...inDocumentOrder([...addressProblems(links), ...problems])],
    links,
    source: parsed.source,
  };
}

/** The body's HTML and headings, or the problems that keep it from being rendered (then html is empty). */
export function renderBody(body: string, context: RenderContext): RenderedBody {
  // A stray character is reported, and the rest of the body is still read around it (as a space), so its
  // other problems show in the same run and its headings stay known to the links that point at them.
  const stray = strayCharacterProblems(body);
  if (stray.length > 0) {
    const rest = renderAllowed(withoutStrayCharacters(body), context);
    return { ...rest, html: '', problems: inDocumentOrder([...stray, ...rest.problems]) };
  }
  const rendered = renderAllowed(body, context);
  // Headings stay known despite a problem, so links to this page's sections are not reported as broken on top of it.
  return rendered.problems.length > 0 ? { ...rendered, html: '' } : rendered;
}
