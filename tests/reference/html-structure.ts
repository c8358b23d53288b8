/**
 * HTML as structure, for comparing two renderings of one body: parsed into a
 * tree (htmlparser2, entities decoded), then written out as an outline, one
 * node per line with attributes in name order, so two renderings that differ
 * only in how they were written (attribute order, quoting, escapes, the line
 * breaks between blocks) give the same outline, and any other difference shows
 * as a line in the test's diff.
 */
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: 'text';
  value: string;
}
export type HtmlNode = HtmlElement | HtmlText;

/** The fragment as a tree under a root element named `#fragment`. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', tag: '#fragment', attrs: {}, children: [] };
  const open: HtmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const element: HtmlElement = { type: 'element', tag, attrs: { ...attrs }, children: [] };
        open.at(-1)?.children.push(element);
        open.push(element);
      },
      onclosetag() {
        open.pop();
      },
      ontext(value) {
        const parent = open.at(-1);
        const last = parent?.children.at(-1);
        if (last?.type === 'text') last.value += value;
        else parent?.children.push({ type: 'text', value });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return root;
}

/**
 * Elements between which, and at whose edges, white space is not text: a line break between two paragraphs or
 * after `<li>` before a nested list renders as nothing. Between inline elements it is a space, and stays.
 */
const BLOCKS = new Set([
  '#fragment',
  'address',
  'blockquote',
  'caption',
  'details',
  'div',
  'dl',
  'dd',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const isBlock = (node: HtmlNode | undefined, extra: ReadonlySet<string>) =>
  node?.type === 'element' && (BLOCKS.has(node.tag) || extra.has(node.tag));

/**
 * Drops the white space that does not render: at the edges of a block and next to a block, except inside
 * `<pre>`, where every character shows. `blocks` names further block elements (a custom element).
 */
export function dropLayoutWhitespace(element: HtmlElement, blocks: ReadonlySet<string> = new Set()): void {
  if (element.tag === 'pre') return;
  const parentIsBlock = isBlock(element, blocks);
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type !== 'text') continue;
    const before = i === 0 ? (parentIsBlock ? element : undefined) : children[i - 1];
    const after = i === children.length - 1 ? (parentIsBlock ? element : undefined) : children[i + 1];
    if (isBlock(before, blocks)) node.value = node.value.replace(/^\s+/, '');
    if (isBlock(after, blocks)) node.value = node.value.replace(/\s+$/, '');
  }
  element.children = children.filter((node) => node.type !== 'text' || node.value !== '');
  for (const child of element.children) if (child.type === 'element') dropLayoutWhitespace(child, blocks);
}

/** `text-align: left;` and `text-align:left` are one declaration: white space around `:` and `;` and a last `;` dropped. */
function normaliseStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) =>
      declaration
        .split(':')
        .map((part) => part.trim())
        .join(':'),
    )
    .filter((declaration) => declaration !== '')
    .join(';');
}

/**
 * Writes alike what two serialisers write differently for one value: the white space in a `style`, and a
 * boolean attribute given as `true` (`data-footnotes="true"`, as Astro's JSX writes it) or bare
 * (`data-footnotes`, as the site and rehype do); `booleans` names the attributes that are booleans.
 */
export function writeAlike(root: HtmlElement, booleans: ReadonlySet<string>): void {
  for (const element of elements(root))
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === 'style') element.attrs[name] = normaliseStyle(value);
      if (booleans.has(name) && value === 'true') element.attrs[name] = '';
    }
}

/** Joins neighbouring text nodes, as a browser's `normalize()` does, after a transform unwrapped an element. */
export function joinText(element: HtmlElement): void {
  const joined: HtmlNode[] = [];
  for (const child of element.children) {
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else joined.push(child);
    if (child.type === 'element') joinText(child);
  }
  element.children = joined.filter((node) => node.type !== 'text' || node.value !== '');
}

/** One line per node, indented by depth; attributes sorted by name; text as a JSON string. */
export function outline(node: HtmlNode, depth = 0): string {
  const indent = '  '.repeat(depth);
  if (node.type === 'text') return `${indent}${JSON.stringify(node.value)}`;
  const attrs = Object.entries(node.attrs)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}=${JSON.stringify(value)}`)
    .join('');
  return [`${indent}<${node.tag}${attrs}>`, ...node.children.map((child) => outline(child, depth + 1))].join('\n');
}

/**
 * The outline of an HTML fragment, white space between blocks dropped; `prepare` may change the parsed tree first
 * (undo a difference), `blocks` names further block elements.
 */
export function htmlOutline(
  html: string,
  { prepare, blocks }: { prepare?: (tree: HtmlElement) => void; blocks?: ReadonlySet<string> } = {},
): string {
  const tree = parseHtml(html);
  prepare?.(tree);
  dropLayoutWhitespace(tree, blocks);
  joinText(tree);
  return outline(tree);
}

/** Every element of the tree, parents before children (a transform may change any of them in place). */
export function* elements(element: HtmlElement): Generator<HtmlElement> {
  yield element;
  for (const child of element.children) if (child.type === 'element') yield* elements(child);
}

export function textContent(node: HtmlNode): string {
  return node.type === 'text' ? node.value : node.children.map(textContent).join('');
}
