/**
 * Parses an MDX body into mdast with Sätteri, the parser the renderer uses, so
 * the check and the pages read the same syntax. Sätteri gives every node its
 * position but not JSX attributes theirs, so those are found in the source
 * (render/jsx-attributes.ts): a problem with an attribute is reported at its column.
 */
import { mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import type { Problem } from '../problems.ts';
import { locateAttributes } from '../render/jsx-attributes.ts';
import { MDX_FEATURES, syntaxProblem } from '../render/mdx-syntax.ts';
import { bodyLimitProblem } from '../render/limits.ts';

export interface Where {
  file: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
}

/** Position of a body node in the whole file: the body's line 1 is the file's `bodyLine`. */
export function at(
  where: Where,
  point: { line: number; column: number } | undefined,
): { file: string; line: number; column: number } {
  return { file: where.file, line: where.bodyLine + (point?.line ?? 1) - 1, column: point?.column ?? 1 };
}

/** The body's tree, or the syntax problem that stopped MDX from reading it (an unclosed tag, a broken `{…}`). */
export function parseBody(body: string, where: Where): { tree?: Root; problem?: Problem } {
  // Bounded before parsing, with the renderer's own limits, so no stack depth decides what passes.
  const limit = bodyLimitProblem(body);
  if (limit) return { problem: { ...limit, ...at(where, limit) } };
  try {
    const tree = mdxToMdast(body, { features: MDX_FEATURES }) as Root;
    locateAttributes(tree, body);
    return { tree };
  } catch (error) {
    const problem = syntaxProblem(error);
    return { problem: { ...problem, ...at(where, problem) } };
  }
}
