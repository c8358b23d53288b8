/**
 * Every node of a tree, depth first in document order: the walk the renderer
 * and the check make over every body. unist-util-visit builds an array of
 * ancestors for each node, which none of these walks needs; on a thousand
 * bodies that was most of the check's time outside parsing. Trees are shallow:
 * nesting is bounded before parsing (limits.ts).
 */
import type { Node } from 'unist';

export function eachNode(node: Node, visitor: (node: Node) => void): void {
  visitor(node);
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) eachNode(child, visitor);
}
