/**
 * Safe MDX. MDX is code: an import, an export or a `{…}` expression runs at
 * build time, and a raw <script> or onclick runs in readers' browsers. Content
 * may use Markdown, the components in src/components/content (available without
 * imports) and a few harmless HTML elements, with literal attribute values.
 * Each rule has an id, named in the problem and by its test fixture.
 */
import type { Root, RootContent } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import type { Node as EstreeNode, Program } from 'estree';
import { visit } from 'unist-util-visit';
import { closest } from '../../lib/text/closest.ts';
import type { Problem } from '../problems.ts';
import { at, type Where } from './parse.ts';

/** Components every MDX file may use without importing them; kept equal to src/components/content/index.ts by a test. */
export const CONTENT_COMPONENTS = ['Callout', 'Steps', 'Figure', 'KeyFacts', 'Video'] as const;

/** HTML elements that carry meaning Markdown lacks and cannot run anything. */
export const HARMLESS_HTML = [
  'abbr',
  'br',
  'cite',
  'dd',
  'details',
  'dl',
  'dt',
  'kbd',
  'mark',
  'q',
  'small',
  'sub',
  'summary',
  'sup',
  'time',
] as const;

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

export type MdxRule =
  | 'no-esm'
  | 'no-raw-html'
  | 'no-event-handlers'
  | 'no-style-attribute'
  | 'allowed-components'
  | 'no-expressions'
  | 'component-props';

/** Attributes a component cannot do without: a figure without alt text shuts out readers who cannot see it. */
const REQUIRED_PROPS: Record<string, Record<string, string>> = {
  Figure: {
    src: 'the image’s site path, e.g. src="/images/phases.svg"',
    alt: 'alt="…" describing the image for readers who cannot see it (alt="" only if it is decorative)',
  },
  Video: { href: 'the recording’s full address, href="https://…"', title: 'title="…", what the recording is' },
};

/** Attributes whose value is one of a few words. */
const ALLOWED_VALUES: Record<string, Record<string, readonly string[]>> = {
  Callout: { type: ['note', 'tip', 'warning'] },
};

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function problem(
  where: Where,
  node: { position?: { start: { line: number; column: number } } | undefined },
  rule: MdxRule,
  message: string,
  hint: string,
): Problem {
  return { ...at(where, node.position?.start), field: `mdx:${rule}`, message, hint };
}

/** True for an expression that computes nothing: a literal, or arrays and objects of literals. */
function isLiteral(node: EstreeNode | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && isLiteral(node.argument);
    case 'ArrayExpression':
      return node.elements.every(
        (element) => element !== null && element.type !== 'SpreadElement' && isLiteral(element),
      );
    case 'ObjectExpression':
      return node.properties.every(
        (property) =>
          property.type === 'Property' &&
          !property.computed &&
          property.kind === 'init' &&
          !property.method &&
          isLiteral(property.value as EstreeNode),
      );
    default:
      return false;
  }
}

/** A `{…}` body is harmless when it is empty (a `{/* comment *\/}`) or a single literal such as `{" "}`. */
function isHarmlessProgram(program: Program | null | undefined): boolean {
  if (!program) return true;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return program.body.length === 1 && statement?.type === 'ExpressionStatement' && isLiteral(statement.expression);
}

function estreeOf(node: { data?: { estree?: Program | null | undefined } | undefined }): Program | null | undefined {
  return node.data?.estree;
}

function checkAttributes(element: Jsx, where: Where, problems: Problem[]): void {
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    const located = attribute.position ? attribute : element;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        problem(
          where,
          located,
          'no-expressions',
          `<${element.name}> spreads attributes with {${attribute.value}}`,
          'write each attribute as name="value"',
        ),
      );
      continue;
    }
    const name = attribute.name;
    if (/^on/i.test(name)) {
      problems.push(
        problem(
          where,
          located,
          'no-event-handlers',
          `<${element.name}> has an event handler "${name}"`,
          'content cannot run scripts; remove the attribute',
        ),
      );
      continue;
    }
    if (name === 'style') {
      problems.push(
        problem(
          where,
          located,
          'no-style-attribute',
          `<${element.name}> has a style attribute, which the site's security policy blocks`,
          'remove it; components style themselves (for a highlighted box use <Callout>)',
        ),
      );
      continue;
    }
    const value = attribute.value;
    if (value && typeof value === 'object' && !isHarmlessProgram(estreeOf(value))) {
      problems.push(
        problem(
          where,
          located,
          'no-expressions',
          `the value of ${name} on <${element.name}> is computed: {${value.value}}`,
          `write a plain value: ${name}="…", or a list such as ${name}={["a", "b"]}`,
        ),
      );
    }
  }
}

function checkElement(element: Jsx, where: Where, problems: Problem[]): void {
  const name = element.name;
  if (name === null) {
    problems.push(
      problem(where, element, 'allowed-components', 'a fragment <>…</> is not needed in content', 'remove <> and </>'),
    );
    return;
  }
  const lower = name.toLowerCase();
  if (FORBIDDEN_HTML.has(lower)) {
    const hint =
      lower === 'iframe'
        ? 'embed a recording with <Video href="…" title="…" />, which links to it instead of loading another site'
        : lower === 'style'
          ? 'pages are styled by the site; write plain Markdown'
          : 'content cannot run scripts or load other sites; remove the element';
    problems.push(problem(where, element, 'no-raw-html', `<${name}> is not allowed in content`, hint));
  } else if (
    !(CONTENT_COMPONENTS as readonly string[]).includes(name) &&
    !(HARMLESS_HTML as readonly string[]).includes(name)
  ) {
    const suggestion = closest(name, CONTENT_COMPONENTS);
    problems.push(
      problem(
        where,
        element,
        'allowed-components',
        `<${name}> is not a component content may use`,
        suggestion
          ? `did you mean <${suggestion}>?`
          : `use Markdown, a component (${CONTENT_COMPONENTS.join(', ')}) or one of: ${HARMLESS_HTML.join(', ')}`,
      ),
    );
  }
  checkAttributes(element, where, problems);
  checkProps(element, name, where, problems);
}

function checkProps(element: Jsx, name: string, where: Where, problems: Problem[]): void {
  const attributes = new Map<string, MdxJsxAttribute>();
  for (const attribute of element.attributes)
    if (attribute.type === 'mdxJsxAttribute') attributes.set(attribute.name, attribute);
  for (const [prop, hint] of Object.entries(REQUIRED_PROPS[name] ?? {})) {
    if (!attributes.has(prop))
      problems.push(problem(where, element, 'component-props', `<${name}> needs ${prop}`, `add ${hint}`));
  }
  for (const [prop, allowed] of Object.entries(ALLOWED_VALUES[name] ?? {})) {
    const value = attributes.get(prop)?.value;
    if (typeof value === 'string' && !allowed.includes(value)) {
      problems.push(
        problem(
          where,
          attributes.get(prop) ?? element,
          'component-props',
          `${prop}="${value}" is not a ${name} ${prop}`,
          `use one of: ${allowed.join(', ')}`,
        ),
      );
    }
  }
}

/** Every safe-MDX problem of a body, in document order. */
export function mdxProblems(tree: Root, where: Where): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Root | RootContent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(
          problem(
            where,
            node,
            'no-esm',
            `${node.value.trimStart().startsWith('export') ? 'export' : 'import'} statements are not allowed in content`,
            `remove the line; the components (${CONTENT_COMPONENTS.join(', ')}) work without importing them`,
          ),
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isHarmlessProgram(estreeOf(node))) {
          problems.push(
            problem(
              where,
              node,
              'no-expressions',
              `{${node.value}} is JavaScript, which content cannot run`,
              'write the text itself; to show a literal brace, write \\{',
            ),
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, where, problems);
        return;
      default:
        return;
    }
  });
  return problems;
}
