/**
 * Parses an MDX body once, with Sätteri (Astro 7's own Markdown processor),
 * and gives the two views of that one parse: the mdast, where addresses and
 * text are as written (a reference definition nothing uses, a tab inside an
 * address), and the hast that Sätteri converts it to, which the allow-list
 * renders. The check and the build read both from here, so they cannot read a
 * body differently, and no body is parsed twice.
 */
import {
  convertMdastToHastHandle,
  createMdxMdastHandle,
  dropHandle,
  HastReader,
  materializeHastTree,
  materializeMdastTree,
  MdastReader,
  serializeHandle,
} from 'satteri';
import type { Root as MdastRoot } from 'mdast';
import type { BodyProblem } from './sanitize.ts';
import { locateAttributes } from './jsx-attributes.ts';
import { MDX_FEATURES, syntaxProblem } from './mdx-syntax.ts';

export interface ParsedBody {
  /** The body as written: what the check reads for addresses and text. */
  source: MdastRoot;
  /** The same parse as HTML elements and MDX nodes: what the allow-list renders. */
  tree: { children: unknown[] };
}

/** Both trees of a body, or the syntax problem that stopped MDX from reading it (an unclosed tag, a broken `{…}`). */
export function parseMdx(body: string): { parsed?: ParsedBody; problem?: BodyProblem } {
  const handles: Parameters<typeof dropHandle>[0][] = [];
  try {
    const mdast = createMdxMdastHandle(body, MDX_FEATURES);
    handles.push(mdast);
    const source = materializeMdastTree(new MdastReader(serializeHandle(mdast))) as MdastRoot;
    const hast = convertMdastToHastHandle(mdast);
    handles.push(hast);
    const tree = materializeHastTree(new HastReader(serializeHandle(hast))) as { children: unknown[] };
    // So a refused attribute is reported at its own column, in either tree.
    locateAttributes(source, body);
    locateAttributes(tree as unknown as Parameters<typeof locateAttributes>[0], body);
    return { parsed: { source, tree } };
  } catch (error) {
    return { problem: syntaxProblem(error) };
  } finally {
    for (const handle of handles) dropHandle(handle);
  }
}
