/**
 * Safe MDX. MDX is code: an import, an export or a `{…}` expression runs at
 * build time, and a raw <script> or onclick runs in readers' browsers. Content
 * may use Markdown, the components in src/components/content (available without
 * imports) and a few harmless HTML elements, with literal attribute values.
 * Each rule has an id, named in the problem and by its test fixture.
 */
import type { Root, RootContent } from 'mdast';
import type {
  MdxJsxAttributeNode as MdxJsxAttribute,
  MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'satteri';
import { visit } from 'unist-util-visit';
import { closest } from '../../lib/text/closest.ts';
import type { Problem } from '../problems.ts';
import { at, type Where } from './parse.ts';
import { CONTENT_COMPONENTS } from '../render/components.ts';
import { FORBIDDEN_HTML, forbiddenAttribute, HARMLESS_HTML } from '../render/allow-list.ts';
import { literalOf } from '../render/literal.ts';

// What content may contain is the renderer's allow-list (src/pipeline/render), so the check and the build never
// disagree; these rules only find the same things in the body's mdast, with messages of their own.
export { CONTENT_COMPONENTS } from '../render/components.ts';
export { FORBIDDEN_HTML, HARMLESS_HTML } from '../render/allow-list.ts';

export type MdxRule =
  | 'no-esm'
  | 'no-raw-html'
  | 'no-event-handlers'
  | 'no-namespaced-attributes'
  | 'no-style-attribute'
  | 'allowed-components'
  | 'no-expressions';

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

/** A `{…}` is harmless when it computes nothing: empty (a `{/* comment *\/}`) or a plain literal such as `{" "}`. */
function isHarmless(expression: string): boolean {
  return literalOf(expression).ok;
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
    const forbidden = forbiddenAttribute(String(element.name ?? ''), name);
    if (forbidden) {
      problems.push(problem(where, located, forbidden.rule, forbidden.message, forbidden.hint));
      continue;
    }
    const value = attribute.value;
    if (value && typeof value === 'object' && !isHarmless(value.value)) {
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
        if (!isHarmless(node.value)) {
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
