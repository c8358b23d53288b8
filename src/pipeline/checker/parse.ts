/**
 * Parses an MDX body with remark (remark-mdx, remark-gfm, remark-frontmatter)
 * for one reason: exact line and column positions in problem reports. Pages are
 * rendered by Sätteri; this tree is only read by the checker.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Problem } from '../problems.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter);

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
  try {
    return { tree: processor.parse(body) };
  } catch (error) {
    const e = error as {
      reason?: string;
      message: string;
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
    const reason = (e.reason ?? e.message).replace(/\s*\(\d+:\d+-\d+:\d+\)/, '');
    const fromMessage = /\((\d+):(\d+)-/.exec(e.message);
    const point =
      e.place?.start ??
      (e.place?.line
        ? { line: e.place.line, column: e.place.column ?? 1 }
        : fromMessage
          ? { line: Number(fromMessage[1]), column: Number(fromMessage[2]) }
          : undefined);
    return {
      problem: {
        ...at(where, point),
        field: 'body',
        message: `MDX syntax: ${reason}`,
        hint: 'close every <Component> you open, and write a literal { or < in text as \\{ or \\<',
      },
    };
  }
}
