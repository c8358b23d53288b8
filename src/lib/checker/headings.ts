/**
 * The heading ids a body will have once built, found by compiling it with the
 * build's own Sätteri plugin rather than re-implementing github-slugger's input
 * (smart punctuation, inline code and MDX text all change the id).
 */
import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { headingLinks } from '../markdown/heading-links.ts';

/** Heading ids of an MDX body in document order, e.g. `## Why buy together` gives `why-buy-together`. */
export async function headingIds(body: string): Promise<string[]> {
  const ids: string[] = [];
  const collect: HastPluginDefinition = {
    name: 'kf-collect-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node) {
        const id = node.properties?.['id'];
        if (typeof id === 'string') ids.push(id);
      },
    },
  };
  try {
    await mdxToJs(body, { hastPlugins: [headingLinks(), collect], data: { astro: { frontmatter: {} } } as never });
  } catch {
    // A body MDX cannot read has its syntax problem reported by the parser; it has no headings to offer.
  }
  return ids;
}
