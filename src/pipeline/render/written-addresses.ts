/**
 * Every address a body writes, used or not: Markdown links and images,
 * reference definitions, and the href, src and poster of components. Each is
 * judged as written (src/pipeline/render/url.ts), before the parser
 * percent-encodes it for the page: `java&#9;script:` or a definition nothing
 * links to is refused here even though the rendered page would not run it.
 * The content check also takes its links from this list.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttributeNode as MdxJsxAttribute } from 'satteri';
import { eachNode } from './walk.ts';
import type { BodyProblem } from './sanitize.ts';
import { judgeUrl, URL_HINT } from './url.ts';

export interface Link {
  url: string;
  line: number;
  column: number;
}

/** Every link target written in a body, in document order, with body-relative positions. */
export function writtenAddresses(tree: Root): Link[] {
  const links: Link[] = [];
  const add = (url: unknown, position: { start: { line: number; column: number } } | undefined) => {
    if (typeof url === 'string' && url !== '')
      links.push({ url, line: position?.start.line ?? 1, column: position?.start.column ?? 1 });
  };
  eachNode(tree, (each) => {
    const node = each as Nodes;
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') add(node.url, node.position);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          (attribute.name === 'href' || attribute.name === 'src' || attribute.name === 'poster')
        ) {
          add((attribute as MdxJsxAttribute).value, attribute.position ?? node.position);
        }
      }
    }
  });
  return links;
}

/** A problem for each written address the site may not carry. */
export function addressProblems(links: readonly Link[]): BodyProblem[] {
  return links.flatMap((link) => {
    const verdict = judgeUrl(link.url);
    return verdict.ok
      ? []
      : [
          {
            line: link.line,
            column: link.column,
            field: 'mdx:url-scheme',
            message: `the address "${link.url}" is not allowed: ${verdict.reason}`,
            hint: URL_HINT,
          },
        ];
  });
}
