/**
 * Heading ids, anchor aliases and section self-links, and site paths under
 * the base path: transforms of a rendered body's tree (src/pipeline/render), shared
 * by the build and the content check, so both agree on every id a trainer may
 * link to. Ids are github-slugger's, exactly as Astro gave them.
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent, Parents, Root } from 'hast';

/** Class of the element wrapping a content heading and its self-link; also how published anchors are found in built HTML. */
export const HEADING_WRAPPER_CLASS = 'heading-wrapper';
/** Class of the empty element that keeps an old heading id working. */
export const ANCHOR_ALIAS_CLASS = 'anchor-alias';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Headings that get a visible self-link: h1 is the page title, h5–h6 are too small to cite. */
const LINKED = new Set(['h2', 'h3', 'h4']);

export function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

function selfLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Kept out of the search index, which would otherwise quote "Link to this section" in every excerpt.
    properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: true },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: `Link to this section: ${text}` }],
      },
    ],
  };
}

/**
 * Gives every heading its github-slugger id (as Astro did), puts each
 * frontmatter alias (`anchors: { old-id: current-id }`) as an empty element
 * with the old id inside the current heading, and wraps h2–h4 with a
 * "Link to this section" self-link. Returns the headings in document order.
 */
export function linkHeadings(tree: Root, anchors: Readonly<Record<string, string>>): Heading[] {
  const slugger = new Slugger();
  const headings: Heading[] = [];
  const walk = (parent: Parents) => {
    parent.children = (parent.children as ElementContent[]).flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      if (!HEADINGS.has(child.tagName)) {
        walk(child);
        return [child];
      }
      const text = textOf(child).trim();
      const existing = child.properties['id'];
      const id = typeof existing === 'string' ? existing : slugger.slug(text);
      child.properties = typeof existing === 'string' ? child.properties : { id, ...child.properties };
      const aliases: ElementContent[] = Object.entries(anchors)
        .filter(([, target]) => target === id)
        .map(([old]) => ({
          type: 'element',
          tagName: 'span',
          properties: { id: old, className: [ANCHOR_ALIAS_CLASS] },
          children: [],
        }));
      child.children = [...aliases, ...child.children];
      headings.push({ depth: Number(child.tagName.slice(1)), slug: id, text: textOf(child) });
      // The footnotes' own label is for screen readers only (GFM writes it `sr-only`): nothing visible to cite.
      const hidden = String(child.properties['className'] ?? '')
        .split(/[\s,]+/)
        .includes('sr-only');
      if (!LINKED.has(child.tagName) || hidden) return [child];
      return [
        {
          type: 'element',
          tagName: 'div',
          properties: { className: [HEADING_WRAPPER_CLASS] },
          children: [child, selfLink(id, text)],
        },
      ];
    }) as typeof parent.children;
  };
  walk(tree);
  return headings;
}

/** `/toolbox/pcp/` → `/knowledge-factory/toolbox/pcp/` on links and images; other addresses stay as written. */
export function prefixBase(tree: Root, base: string): void {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return;
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const key = child.tagName === 'a' ? 'href' : child.tagName === 'img' ? 'src' : undefined;
      const value = key ? child.properties[key] : undefined;
      if (
        key &&
        typeof value === 'string' &&
        value.startsWith('/') &&
        !value.startsWith('//') &&
        !value.startsWith(`${prefix}/`)
      )
        child.properties[key] = `${prefix}${value}`;
      walk(child);
    }
  };
  walk(tree);
}
