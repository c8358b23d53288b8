/**
 * The headings a body will have once built, found by compiling it with the
 * build's own Sätteri plugin rather than re-implementing github-slugger's input
 * (smart punctuation, inline code and MDX text all change the id).
 */
import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { headingLinks } from '../markdown/heading-links.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Headings of an MDX body in document order, e.g. `## Why buy together` gives `{ depth: 2, slug: 'why-buy-together', text: 'Why buy together' }`. */
export async function headingsOf(body: string): Promise<Heading[]> {
  const headings: Heading[] = [];
  const collect: HastPluginDefinition = {
    name: 'kf-collect-headings',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id === 'string') headings.push({ depth: Number(node.tagName.slice(1)), slug: id, text: ctx.textContent(node).trim() });
      },
    },
  };
  try {
    await mdxToJs(body, { hastPlugins: [headingLinks(), collect], data: { astro: { frontmatter: {} } } as never });
  } catch {
    // A body MDX cannot read has its syntax problem reported by the parser; it has no headings to offer.
  }
  return headings;
}

/** Heading ids of an MDX body in document order. */
export async function headingIds(body: string): Promise<string[]> {
  return (await headingsOf(body)).map((heading) => heading.slug);
}
