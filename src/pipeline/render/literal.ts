/**
 * The value of a `{…}` in MDX when it is a plain literal (`{3}`, `{"a"}`,
 * `{["a", "b"]}`, `{/* note *\/}`): content may write values, never code.
 * Parsed with acorn, the parser MDX itself uses, so what counts as a literal is
 * decided on the syntax tree, not by a pattern.
 */
import { parse } from 'acorn';
import type { Node as EstreeNode } from 'estree';

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export type LiteralResult = { ok: true; empty: true } | { ok: true; empty: false; value: Literal } | { ok: false };

function valueOf(node: EstreeNode): { ok: true; value: Literal } | { ok: false } {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node && node.regex) return { ok: false };
      if ('bigint' in node && node.bigint) return { ok: false };
      return { ok: true, value: node.value as string | number | boolean | null };
    case 'TemplateLiteral':
      return node.expressions.length === 0
        ? { ok: true, value: node.quasis.map((q) => q.value.cooked ?? '').join('') }
        : { ok: false };
    case 'UnaryExpression': {
      if (node.operator !== '-') return { ok: false };
      const inner = valueOf(node.argument);
      return inner.ok && typeof inner.value === 'number' ? { ok: true, value: -inner.value } : { ok: false };
    }
    case 'ArrayExpression': {
      const values: Literal[] = [];
      for (const element of node.elements) {
        if (element === null || element.type === 'SpreadElement') return { ok: false };
        const inner = valueOf(element);
        if (!inner.ok) return inner;
        values.push(inner.value);
      }
      return { ok: true, value: values };
    }
    case 'ObjectExpression': {
      const object: Record<string, Literal> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method)
          return { ok: false };
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal'
              ? String(property.key.value)
              : undefined;
        if (key === undefined || key === '__proto__') return { ok: false };
        const inner = valueOf(property.value as EstreeNode);
        if (!inner.ok) return inner;
        object[key] = inner.value;
      }
      return { ok: true, value: object };
    }
    default:
      return { ok: false };
  }
}

/** `{" "}` → `{ value: " " }`; `{/* x *\/}` → empty; `{a + b}` → not a literal. */
export function literalOf(expression: string): LiteralResult {
  let program;
  try {
    program = parse(expression, { ecmaVersion: 'latest', sourceType: 'module', allowReturnOutsideFunction: false });
  } catch {
    return { ok: false };
  }
  if (program.body.length === 0) return { ok: true, empty: true };
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return { ok: false };
  const result = valueOf(statement.expression as EstreeNode);
  return result.ok ? { ok: true, empty: false, value: result.value } : { ok: false };
}
