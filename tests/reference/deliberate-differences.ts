/**
 * What the site's renderer adds on purpose to what `@astrojs/mdx` renders,
 * each undone by one narrow transform of the site's rendering (or of both,
 * where a contributor could have written the same markup by hand). A transform
 * matches only the exact markup its feature writes; anything else, including
 * a feature that writes something slightly different, is left for the
 * comparison to report.
 */
import { elements, textContent, type HtmlElement, type HtmlNode } from './html-structure.ts';

export interface RenderSettings {
  /** The base path the site's rendering was made with, e.g. `/knowledge-factory/`. */
  base: string;
  /** The entry's `anchors:` (old id → current id). */
  anchors: Readonly<Record<string, string>>;
  /** The glossary's terms and expansions. */
  glossary: readonly { term: string; expansion: string }[];
}

export interface DeliberateDifference {
  name: string;
  /** Which rendering it is undone in: the site's only, or both (markup a contributor could also write). */
  side: 'site' | 'both';
  undo(root: HtmlElement, settings: RenderSettings): void;
}

const isElement = (node: HtmlNode | undefined, tag?: string): node is HtmlElement =>
  node?.type === 'element' && (tag === undefined || node.tag === tag);

const hasClass = (element: HtmlElement, name: string) => (element.attrs['class'] ?? '').split(/\s+/).includes(name);

/** Replaces, in every element, each child for which `replace` returns nodes (an array) by those nodes. */
function replaceChildren(root: HtmlElement, replace: (node: HtmlNode, parent: HtmlElement) => HtmlNode[] | undefined) {
  for (const element of elements(root)) element.children = element.children.flatMap((c) => replace(c, element) ?? [c]);
}

/**
 * Section self-links (render/heading-links.ts): an h2–h4 is wrapped with a "Link to this section" link to its own
 * id, `<div class="heading-wrapper"><h2 id="x">…</h2><a class="heading-link" href="#x">…</a></div>`.
 */
const headingSelfLinks: DeliberateDifference = {
  name: 'heading self-links',
  side: 'site',
  undo(root) {
    replaceChildren(root, (node) => {
      if (!isElement(node, 'div') || node.attrs['class'] !== 'heading-wrapper' || node.children.length !== 2)
        return undefined;
      const [heading, link] = node.children;
      if (!isElement(heading) || !/^h[234]$/.test(heading.tag) || !isElement(link, 'a')) return undefined;
      const id = heading.attrs['id'];
      const expected = `#Link to this section: ${textContent(heading).trim()}`;
      if (!hasClass(link, 'heading-link') || link.attrs['href'] !== `#${id}` || textContent(link) !== expected)
        return undefined;
      return [heading];
    });
  },
};

/** Old heading ids kept working (frontmatter `anchors:`): an empty `<span id="old" class="anchor-alias">` first in the heading. */
const anchorAliases: DeliberateDifference = {
  name: 'anchor aliases',
  side: 'site',
  undo(root, { anchors }) {
    for (const heading of elements(root)) {
      if (!/^h[1-6]$/.test(heading.tag)) continue;
      heading.children = heading.children.filter(
        (child) =>
          !(
            isElement(child, 'span') &&
            child.attrs['class'] === 'anchor-alias' &&
            child.children.length === 0 &&
            anchors[child.attrs['id'] ?? ''] === heading.attrs['id']
          ),
      );
    }
  },
};

/** The first use of each glossary term is wrapped as `<abbr title="expansion">term</abbr>` (render/glossary-abbr.ts). */
const glossaryAbbreviations: DeliberateDifference = {
  name: 'glossary abbreviations',
  side: 'both',
  undo(root, { glossary }) {
    const expansions = new Map(glossary.map(({ term, expansion }) => [term, expansion]));
    replaceChildren(root, (node) => {
      if (!isElement(node, 'abbr') || Object.keys(node.attrs).join() !== 'title') return undefined;
      const [text, ...more] = node.children;
      if (text?.type !== 'text' || more.length > 0 || expansions.get(text.value) !== node.attrs['title'])
        return undefined;
      return [text];
    });
  },
};

/** Site paths on links and images are put under the base path (`/guides/` → `/knowledge-factory/guides/`). */
const basePaths: DeliberateDifference = {
  name: 'base paths',
  side: 'both',
  undo(root, { base }) {
    const prefix = base.replace(/\/+$/, '');
    if (prefix === '') return;
    for (const element of elements(root)) {
      const key = element.tag === 'a' ? 'href' : element.tag === 'img' ? 'src' : undefined;
      const value = key ? element.attrs[key] : undefined;
      if (key && value?.startsWith(`${prefix}/`)) element.attrs[key] = value.slice(prefix.length);
    }
  },
};

/**
 * Tables are named and read on a phone (render/tables.ts): a `Table: …` paragraph before a table becomes its
 * `<caption>`, else the table is labelled by its section's heading (`aria-labelledby`), and each body cell
 * carries its column's header as `data-label`.
 */
const tableNames: DeliberateDifference = {
  name: 'table names and column labels',
  side: 'site',
  undo(root) {
    const headingIds = new Set([...elements(root)].filter((e) => /^h[1-6]$/.test(e.tag)).map((e) => e.attrs['id']));
    for (const table of elements(root)) {
      if (table.tag !== 'table') continue;
      if (headingIds.has(table.attrs['aria-labelledby'])) delete table.attrs['aria-labelledby'];
      const rows = [...elements(table)].filter((e) => e.tag === 'tr');
      const labels = (rows[0]?.children ?? []).filter((c) => isElement(c)).map((cell) => textContent(cell).trim());
      for (const row of rows.slice(1))
        row.children
          .filter((c) => isElement(c))
          .forEach((cell, column) => {
            if (cell.attrs['data-label'] === labels[column]) delete cell.attrs['data-label'];
          });
    }
    replaceChildren(root, (node) => {
      if (!isElement(node, 'table')) return undefined;
      const [caption, ...rest] = node.children;
      if (!isElement(caption, 'caption')) return undefined;
      const paragraph: HtmlElement = {
        type: 'element',
        tag: 'p',
        attrs: {},
        children: [{ type: 'text', value: `Table: ${textContent(caption)}` }],
      };
      return [paragraph, { ...node, children: rest }];
    });
  },
};

/** Text folded in `<details>` is indexed at a quarter of its weight (`data-pagefind-weight`, render/sanitize.ts). */
const foldedTextWeight: DeliberateDifference = {
  name: 'search weight of folded text',
  side: 'site',
  undo(root) {
    for (const details of elements(root))
      if (details.tag === 'details' && details.attrs['data-pagefind-weight'] === '0.25')
        delete details.attrs['data-pagefind-weight'];
  },
};

/** Every deliberate difference, in the order they are undone (self-links before aliases, which sit in the heading). */
export const DELIBERATE_DIFFERENCES: readonly DeliberateDifference[] = [
  headingSelfLinks,
  anchorAliases,
  glossaryAbbreviations,
  basePaths,
  tableNames,
  foldedTextWeight,
];

/** Undoes every deliberate difference on one side's tree. */
export function undoDeliberateDifferences(root: HtmlElement, side: 'site' | 'reference', settings: RenderSettings) {
  for (const difference of DELIBERATE_DIFFERENCES)
    if (side === 'site' || difference.side === 'both') difference.undo(root, settings);
}
