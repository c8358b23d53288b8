/**
 * The image-alt rule: a content image needs alt text, because a reader who
 * cannot see it must be told what it shows. Content images carry information,
 * so an empty `alt` counts as missing; Markdown's `![](x.png)` always fails.
 * Applied by the renderer (src/pipeline/render/sanitize.ts) to every Markdown image.
 */

/** What is wrong with an image's alt text, with a fix, or undefined when it has some. */
export function altProblem(alt: unknown, src: unknown): { message: string; hint: string } | undefined {
  if (typeof alt === 'string' && alt.trim() !== '') return undefined;
  const source = typeof src === 'string' ? src : '(no src)';
  return {
    message: `the image ${source} has no alt text`,
    hint: `describe what it shows, e.g. ![Map of the nine contact points](${source})`,
  };
}
