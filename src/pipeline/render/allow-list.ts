/**
 * What an entry body may turn into: a closed list of elements, and for each
 * the attributes it may carry and the values they may take. Everything else is
 * refused with a problem, never dropped in silence and never passed through.
 *
 * Two lists, because two authors write elements: the Markdown parser (whose
 * output is fixed, e.g. `<th style="text-align: left">` for an aligned table
 * column) and the contributor, who may write a few harmless HTML elements
 * directly in MDX.
 */

/** A rule for one attribute's value; `url` values also pass src/pipeline/render/url.ts. */
export type ValueRule = 'text' | 'url' | 'boolean' | 'number' | RegExp;

/** Elements the Markdown parser produces, with the properties (hast names) it sets. */
export const MARKDOWN_ELEMENTS: Record<string, Record<string, ValueRule>> = {
  p: {},
  h1: {},
  h2: { id: /^footnote-label$/, className: /^sr-only$/ },
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  a: {
    href: 'url',
    title: 'text',
    id: /^user-content-fnref-[\w-]+$/,
    dataFootnoteRef: 'boolean',
    dataFootnoteBackref: 'text',
    ariaDescribedBy: /^footnote-label$/,
    ariaLabel: 'text',
    className: /^data-footnote-backref$/,
  },
  img: { src: 'url', alt: 'text', title: 'text' },
  em: {},
  strong: {},
  del: {},
  code: { className: /^language-[\w+#.-]+$/ },
  pre: {},
  blockquote: {},
  ul: { className: /^contains-task-list$/ },
  ol: { start: 'number', className: /^contains-task-list$/ },
  li: { className: /^task-list-item$/, id: /^user-content-fn-[\w-]+$/ },
  input: { type: /^checkbox$/, checked: 'boolean', disabled: 'boolean' },
  hr: {},
  br: {},
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { style: /^text-align: (left|right|center)$/ },
  td: { style: /^text-align: (left|right|center)$/ },
  sup: {},
  section: { dataFootnotes: 'boolean', className: /^footnotes$/ },
};

/**
 * HTML a contributor may write in MDX: elements that carry meaning Markdown
 * lacks and cannot run or load anything, with attributes as written in HTML.
 */
export const CONTRIBUTOR_ELEMENTS: Record<string, Record<string, { property: string; rule: ValueRule }>> = {
  abbr: { title: { property: 'title', rule: 'text' } },
  br: {},
  cite: {},
  dd: {},
  details: { open: { property: 'open', rule: 'boolean' } },
  dl: {},
  dt: {},
  kbd: {},
  mark: {},
  q: { cite: { property: 'cite', rule: 'url' } },
  small: {},
  sub: {},
  summary: {},
  sup: {},
  time: {
    datetime: { property: 'dateTime', rule: /^[0-9T:.+\-Z PW]+$/ },
    dateTime: { property: 'dateTime', rule: /^[0-9T:.+\-Z PW]+$/ },
  },
};

/** The HTML elements a contributor may write: the keys of CONTRIBUTOR_ELEMENTS. */
export const HARMLESS_HTML = Object.keys(CONTRIBUTOR_ELEMENTS);

/** Elements that run code or load another site: never allowed, whatever else changes. */
export const FORBIDDEN_HTML: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
]);

/** An attribute name content may never use, whatever the element: the rule it breaks, what is wrong and how to fix it. */
export function forbiddenAttribute(
  element: string,
  name: string,
):
  | { rule: 'no-namespaced-attributes' | 'no-event-handlers' | 'no-style-attribute'; message: string; hint: string }
  | undefined {
  if (name.includes(':'))
    return {
      rule: 'no-namespaced-attributes',
      message: `<${element}> has "${name}", an instruction to the site's code, not an attribute`,
      hint: 'remove it; content cannot set raw HTML, scripts or directives',
    };
  if (/^on/i.test(name))
    return {
      rule: 'no-event-handlers',
      message: `<${element}> has an event handler "${name}"`,
      hint: 'content cannot run scripts; remove the attribute',
    };
  if (name === 'style')
    return {
      rule: 'no-style-attribute',
      message: `<${element}> has a style attribute, which the site's security policy blocks`,
      hint: 'remove it; components style themselves (for a highlighted box use <Callout>)',
    };
  return undefined;
}

/**
 * A table's own entry for a name the content wrote, never one it inherits: `<constructor>` or
 * `<toString>` would otherwise find Object's methods in a plain table and pass as allowed.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
