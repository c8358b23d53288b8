/**
 * Sätteri hast plugins for content pages, shared by the build (astro.config.mjs
 * passes them to the Markdown processor, which MDX inherits) and the content
 * checker (which compiles a body with them to learn its heading ids), so both
 * agree on every id a trainer may link to.
 *
 * Sätteri runs user plugins before Astro's own heading-ids plugin, which keeps
 * an id that is already set: so the ids are assigned here, with github-slugger,
 * exactly as Astro would, and Astro's plugin then records them unchanged.
 */
import Slugger from 'github-slugger';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';

/** Headings that get a visible self-link: h1 is the page title, h5–h6 are too small to cite. */
const LINKED = new Set(['h2', 'h3', 'h4']);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Class of the element wrapping a content heading and its self-link; also how published anchors are found in built HTML. */
export const HEADING_WRAPPER_CLASS = 'heading-wrapper';
/** Class of the empty element that keeps an old heading id working. */
export const ANCHOR_ALIAS_CLASS = 'anchor-alias';

type Anchors = Record<string, string>;

function anchorsFrom(data: unknown): Anchors {
  const frontmatter = (data as { astro?: { frontmatter?: { anchors?: unknown } } }).astro?.frontmatter;
  const anchors = frontmatter?.anchors;
  if (!anchors || typeof anchors !== 'object') return {};
  return Object.fromEntries(Object.entries(anchors).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
}

function selfLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Kept out of the search index, which would otherwise quote "Link to this section" in every excerpt.
    properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
    ],
  };
}

function alias(id: string): ElementContent {
  return { type: 'element', tagName: 'span', properties: { id, className: [ANCHOR_ALIAS_CLASS] }, children: [] };
}

/**
 * Gives every heading its github-slugger id; wraps h2–h4 with a visible
 * "Link to this section" self-link (plain HTML, no script); and renders each
 * frontmatter alias (`anchors: { old-id: current-id }`) as an empty element
 * carrying the old id inside the current heading, so old links still land there.
 *
 * `<h2>Why buy together</h2>` becomes
 * `<div class="heading-wrapper"><h2 id="why-buy-together">Why buy together</h2><a class="heading-link" href="#why-buy-together">…</a></div>`.
 */
export function headingLinks(): HastPluginEntry {
  return (): HastPluginDefinition => {
    const slugger = new Slugger();
    return {
      name: 'kf-heading-links',
      element: {
        filter: HEADINGS,
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.['id'];
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          const aliases = Object.entries(anchorsFrom(ctx.data))
            .filter(([, target]) => target === id)
            .map(([old]) => alias(old));
          if (aliases.length > 0) ctx.prependChild(node, aliases);
          if (!LINKED.has(node.tagName)) return;
          ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: [HEADING_WRAPPER_CLASS] }, children: [selfLink(id, text)] });
        },
      },
    };
  };
}

/**
 * Prefixes the site's base path to links and images written as site paths, so
 * `[PCP](/toolbox/pre-commercial-procurement/)` works when the site lives under
 * `/knowledge-factory/`. External, relative and fragment links are left alone.
 */
export function baseLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/+$/, '');
  const rewrite = (value: unknown) => (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && prefix !== '' && !value.startsWith(`${prefix}/`) ? `${prefix}${value}` : undefined);
  return {
    name: 'kf-base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const next = rewrite(node.properties?.[key]);
        if (next !== undefined) ctx.setProperty(node, key, next);
      },
    },
  };
}
