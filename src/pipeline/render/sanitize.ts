/**
 * Turns the parser's tree (Markdown elements plus MDX's JSX and `{…}` nodes)
 * into a tree of allowed elements only: Markdown's own elements and the
 * contributor's HTML keep only allow-listed attributes and addresses,
 * components are expanded from their templates, and literal `{…}` values
 * become text. Whatever cannot be expressed becomes a problem at its line and
 * column; nothing unknown is passed on.
 *
 * These are the safe-MDX rules, in the one place they live: the check reports
 * what this sanitizer refuses, so check and build cannot disagree. Each rule is
 * named in its problem's field (`mdx:no-esm`, `mdx:no-raw-html`,
 * `mdx:no-event-handlers`, `mdx:no-namespaced-attributes`,
 * `mdx:no-style-attribute`, `mdx:allowed-components`, `mdx:allowed-attributes`,
 * `mdx:no-expressions`, `mdx:component-props`, `mdx:image-alt`,
 * `mdx:url-scheme`) and by a fixture in tests/fixtures/checker/mdx.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { closest } from '../../lib/text/closest.ts';
import {
  ownEntry,
  CONTRIBUTOR_ELEMENTS,
  FORBIDDEN_HTML,
  forbiddenAttribute,
  HARMLESS_HTML,
  MARKDOWN_ELEMENTS,
  type ValueRule,
} from './allow-list.ts';
import { CONTENT_COMPONENTS, expandComponent, isComponent, TAKES_CHILDREN, type ComponentForm } from './components.ts';
import { literalOf, type Literal } from './literal.ts';
import { judgeUrl, URL_HINT } from './url.ts';
import { altProblem } from './image-alt.ts';

/** Pagefind's weight for the text inside `<details>` (1 is a normal paragraph). */
export const DETAILS_SEARCH_WEIGHT = '0.25';

function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

/** `https://Site.eu/a/` and `site.eu/a` name the same place; a reader compares them so. */
function comparable(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/**
 * A link whose text is itself an address must lead there: `[https://europa.eu](https://evil.example)`
 * shows one site and opens another.
 */
function disguisedLink(
  children: readonly ElementContent[],
  href: unknown,
): { message: string; hint: string } | undefined {
  const text = textOf(children).trim();
  if (typeof href !== 'string' || !/^(https?:\/\/|www\.)\S+$/i.test(text)) return undefined;
  if (comparable(text) === comparable(href)) return undefined;
  return {
    message: `the link text "${text}" is an address, but the link leads to "${href}"`,
    hint: 'write the address the link leads to as its text, or describe where it leads in words',
  };
}

export interface BodyProblem {
  line: number;
  column: number;
  /** `mdx:<rule>` for a safe-MDX rule, `body` for what stops the body being read. */
  field: string;
  message: string;
  hint: string;
}

interface Point {
  line: number;
  column: number;
}
interface Located {
  position?: { start: Point } | undefined;
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
  position?: { start: Point };
}
interface JsxNode extends Located {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: AnyNode[];
}
type AnyNode = (
  | RootContent
  | JsxNode
  | { type: 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm'; value: string; position?: { start: Point } }
) &
  Located;

/** Where contributors read what each component takes: a section of CONTRIBUTING.md (a test keeps the heading there). */
export const COMPONENTS_HELP = 'see "Components you can use in a page" in CONTRIBUTING.md';

class Sanitizer {
  readonly problems: BodyProblem[] = [];

  private readonly form: ComponentForm;

  constructor(form: ComponentForm) {
    this.form = form;
  }

  private report(node: Located, field: string, message: string, hint: string): void {
    const start = node.position?.start;
    this.problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, field: `mdx:${field}`, message, hint });
  }

  /**
   * Checks a value against its rule; an address also against the scheme allow-list. An address the Markdown
   * parser wrote (`written`) was judged before it was percent-encoded (written-addresses.ts), which is never more
   * lenient than judging its encoded form: it is refused here too, without a second report of the same address.
   */
  private valueAllowed(rule: ValueRule, value: unknown, node: Located, where: string, written = false): boolean {
    if (rule === 'boolean') return typeof value === 'boolean' || value === '';
    if (rule === 'number') return typeof value === 'number' && Number.isFinite(value);
    if (Array.isArray(value)) value = value.join(' ');
    if (typeof value !== 'string') return false;
    if (rule === 'text') return true;
    if (rule === 'url') {
      const verdict = judgeUrl(value);
      if (!verdict.ok && !written)
        this.report(
          node,
          'url-scheme',
          `${where} has an address that is not allowed: "${value}" (${verdict.reason})`,
          URL_HINT,
        );
      return verdict.ok;
    }
    return rule.test(value);
  }

  /** A Markdown element: its tag and each property must be on the parser's list. */
  private markdownElement(node: Element): Element | undefined {
    const allowed = ownEntry(MARKDOWN_ELEMENTS, node.tagName);
    if (!allowed) {
      this.report(node, 'no-raw-html', `<${node.tagName}> is not allowed in content`, 'write Markdown');
      return undefined;
    }
    const properties: Properties = {};
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (value === undefined || value === null || value === false) continue;
      const rule = ownEntry(allowed, name);
      if (rule === undefined) {
        this.report(node, 'allowed-attributes', `<${node.tagName}> may not carry "${name}"`, 'write plain Markdown');
        continue;
      }
      if (this.valueAllowed(rule, value, node, `<${node.tagName} ${name}>`, true)) properties[name] = value;
      else if (rule !== 'url')
        this.report(node, 'allowed-attributes', `<${node.tagName}> has an unexpected ${name}`, 'write plain Markdown');
    }
    const missingAlt = node.tagName === 'img' ? altProblem(properties['alt'], properties['src']) : undefined;
    if (missingAlt) this.report(node, 'image-alt', missingAlt.message, missingAlt.hint);
    const children = this.children(node.children as AnyNode[]);
    const disguised = node.tagName === 'a' ? disguisedLink(children, properties['href']) : undefined;
    if (disguised) this.report(node, 'link-text', disguised.message, disguised.hint);
    // Headings, paragraphs and tables keep their place, for the rules on the finished tree (render/index.ts,
    // render/tables.ts, which reports a table without a caption at its line).
    const position = /^(h[1-6]|p|li|table)$/.test(node.tagName) ? { position: node.position } : {};
    return { type: 'element', tagName: node.tagName, properties, children, ...position } as Element;
  }

  /** A `{…}` attribute value as data, or undefined (with a problem) when it computes something. */
  private attributeValue(element: JsxNode, attribute: JsxAttribute): { ok: true; value: Literal } | { ok: false } {
    const value = attribute.value;
    if (value === null || value === undefined) return { ok: true, value: true };
    if (typeof value === 'string') return { ok: true, value };
    const literal = literalOf(`(${value.value})`);
    if (literal.ok && !literal.empty) return { ok: true, value: literal.value };
    this.report(
      attribute.position ? attribute : element,
      'no-expressions',
      `the value of ${attribute.name} on <${element.name}> is computed: {${value.value}}`,
      `write a plain value: ${attribute.name}="…", or a list such as ${attribute.name}={["a", "b"]}`,
    );
    return { ok: false };
  }

  /** Attributes written in MDX, as name → value; refuses spreads, namespaced names and event handlers. */
  private jsxAttributes(element: JsxNode): Map<string, { value: Literal; node: Located }> {
    const attributes = new Map<string, { value: Literal; node: Located }>();
    for (const attribute of element.attributes) {
      const located = attribute.position ? attribute : element;
      if (attribute.type === 'mdxJsxExpressionAttribute' || attribute.name === undefined) {
        this.report(
          located,
          'no-expressions',
          `<${element.name}> spreads attributes with {${typeof attribute.value === 'string' ? attribute.value : '…'}}`,
          'write each attribute as name="value"',
        );
        continue;
      }
      const name = attribute.name;
      const forbidden = forbiddenAttribute(String(element.name), name);
      if (forbidden) {
        this.report(located, forbidden.rule, forbidden.message, forbidden.hint);
        continue;
      }
      const value = this.attributeValue(element, attribute);
      if (value.ok) attributes.set(name, { value: value.value, node: located });
    }
    return attributes;
  }

  /** An element content may not write: code or another site's content, or a name that is neither component nor harmless HTML. */
  private refuseElement(node: JsxNode, name: string): void {
    const lower = name.toLowerCase();
    if (FORBIDDEN_HTML.has(lower)) {
      const hint =
        lower === 'iframe'
          ? 'embed a recording with <Video href="…" title="…" />, which links to it instead of loading another site'
          : lower === 'style'
            ? 'pages are styled by the site; write plain Markdown'
            : 'content cannot run scripts or load other sites; remove the element';
      this.report(node, 'no-raw-html', `<${name}> is not allowed in content`, hint);
      return;
    }
    const suggestion = closest(name, CONTENT_COMPONENTS);
    this.report(
      node,
      'allowed-components',
      `<${name}> is not a component content may use`,
      suggestion
        ? `did you mean <${suggestion}>?`
        : `use Markdown, a component (${CONTENT_COMPONENTS.join(', ')}) or one of: ${HARMLESS_HTML.join(', ')}`,
    );
  }

  private jsxElement(node: JsxNode): ElementContent[] {
    const name = node.name;
    if (name === null) {
      this.report(node, 'allowed-components', 'a fragment <>…</> is not needed in content', 'remove <> and </>');
      return this.children(node.children);
    }
    const attributes = this.jsxAttributes(node);
    if (isComponent(name)) {
      const children = this.children(node.children);
      if (!TAKES_CHILDREN.has(name) && children.some((child) => child.type !== 'text' || child.value.trim() !== '')) {
        this.report(
          node,
          'component-props',
          `<${name}> takes no content between its tags`,
          `write it as <${name} … />`,
        );
      }
      const props = Object.fromEntries([...attributes].map(([key, { value }]) => [key, value]));
      const expansion = expandComponent(name, props, children, this.form);
      if (expansion.ok) return [expansion.element];
      for (const issue of expansion.issues)
        this.report(attributes.get(issue.prop)?.node ?? node, 'component-props', issue.message, COMPONENTS_HELP);
      return [];
    }
    const allowed = ownEntry(CONTRIBUTOR_ELEMENTS, name);
    if (!allowed) {
      this.refuseElement(node, name);
      return [];
    }
    const properties: Properties = {};
    for (const [attribute, { value, node: located }] of attributes) {
      const rule = ownEntry(allowed, attribute);
      if (!rule) {
        this.report(
          located,
          'allowed-attributes',
          `<${name}> may not carry "${attribute}"`,
          Object.keys(allowed).length > 0
            ? `<${name}> takes only: ${Object.keys(allowed).join(', ')}`
            : `write <${name}> without attributes`,
        );
        continue;
      }
      if (this.valueAllowed(rule.rule, value, located, `<${name} ${attribute}>`))
        properties[rule.property] = value as string | boolean;
      else if (rule.rule !== 'url')
        this.report(
          located,
          'allowed-attributes',
          `${attribute} on <${name}> has an unexpected value`,
          `write ${attribute}="…" as plain text`,
        );
    }
    // Folded text is indexed at a quarter of its weight: hidden words must not outrank the page's visible ones.
    if (name === 'details') properties['dataPagefindWeight'] = DETAILS_SEARCH_WEIGHT;
    return [{ type: 'element', tagName: name, properties, children: this.children(node.children) }];
  }

  private node(node: AnyNode): ElementContent[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'element':
        return [this.markdownElement(node)].filter((e): e is Element => e !== undefined);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.jsxElement(node as JsxNode);
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const literal = literalOf(`(${node.value})`.replace(/^\(\s*\)$/, ''));
        const comment = literalOf(node.value);
        if (comment.ok && comment.empty) return [];
        if (literal.ok && !literal.empty && (typeof literal.value === 'string' || typeof literal.value === 'number'))
          return [{ type: 'text', value: String(literal.value) }];
        this.report(
          node,
          'no-expressions',
          `{${node.value}} is JavaScript, which content cannot run`,
          'write the text itself; to show a literal brace, write \\{',
        );
        return [];
      }
      case 'mdxjsEsm':
        this.report(
          node,
          'no-esm',
          `${node.value.trimStart().startsWith('export') ? 'export' : 'import'} statements are not allowed in content`,
          `remove the line; the components (${CONTENT_COMPONENTS.join(', ')}) work without importing them`,
        );
        return [];
      case 'comment':
      case 'doctype':
        return [];
      default:
        this.report(node, 'no-raw-html', `raw ${node.type} is not allowed in content`, 'write Markdown');
        return [];
    }
  }

  children(nodes: readonly AnyNode[]): ElementContent[] {
    return nodes.flatMap((child) => this.node(child));
  }
}

/** The allowed tree of a parsed body and everything that kept part of it out. */
export function sanitize(
  tree: { children: readonly unknown[] },
  form: ComponentForm = 'template',
): { root: Root; problems: BodyProblem[] } {
  const sanitizer = new Sanitizer(form);
  const children = sanitizer.children(tree.children as AnyNode[]);
  return { root: { type: 'root', children }, problems: sanitizer.problems };
}
