/**
 * Fails the build on a content image without alt text: a reader who cannot
 * see it must be told what it shows. Content images carry information, so an
 * empty `alt` counts as missing; Markdown's `![](x.png)` is always an error.
 */
import type { HastPluginDefinition } from 'satteri';
import type { Element } from 'hast';

export class MissingAltError extends Error {
  override name = 'MissingAltError';
}

/** The problem with an image's alt, or undefined when it has one. */
export function altProblem(alt: unknown, src: unknown, where: string): string | undefined {
  if (typeof alt === 'string' && alt.trim() !== '') return undefined;
  const source = typeof src === 'string' ? src : '(no src)';
  return `${where}: the image ${source} has no alt text; describe what it shows, e.g. ![Map of the nine contact points](${source})`;
}

const whereOf = (fileURL: URL | undefined) => (fileURL ? decodeURIComponent(fileURL.pathname) : 'a content file');

/** `<img alt="x">` written in MDX as JSX: attributes are a list, and an expression alt counts as given. */
function jsxAttribute(node: { attributes?: readonly unknown[] }, name: string): unknown {
  for (const attribute of node.attributes ?? []) {
    const a = attribute as { type?: string; name?: string; value?: unknown };
    if (a.type === 'mdxJsxAttribute' && a.name === name) return typeof a.value === 'string' ? a.value : a.value == null ? undefined : 'expression';
  }
  return undefined;
}

export const requireImageAlt: HastPluginDefinition = {
  name: 'kf-require-image-alt',
  element: {
    filter: ['img'],
    visit(node: Readonly<Element>, ctx) {
      const problem = altProblem(node.properties['alt'], node.properties['src'], whereOf(ctx.fileURL));
      if (problem) throw new MissingAltError(problem);
    },
  },
  mdxJsxFlowElement: {
    filter: ['img'],
    visit(node, ctx) {
      const problem = altProblem(jsxAttribute(node, 'alt'), jsxAttribute(node, 'src'), whereOf(ctx.fileURL));
      if (problem) throw new MissingAltError(problem);
    },
  },
  mdxJsxTextElement: {
    filter: ['img'],
    visit(node, ctx) {
      const problem = altProblem(jsxAttribute(node, 'alt'), jsxAttribute(node, 'src'), whereOf(ctx.fileURL));
      if (problem) throw new MissingAltError(problem);
    },
  },
};
