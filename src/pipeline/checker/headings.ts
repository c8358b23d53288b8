/**
 * The headings a body will have once built, from the build's own renderer
 * (src/pipeline/render), so the check and the pages agree on every id a trainer
 * may link to. The check learns them while analysing each body; a body it has
 * not seen is rendered here.
 */
import { renderBody, type Heading } from '../render/index.ts';
import { glossaryMatcher } from '../../lib/glossary-marking.ts';

export type { Heading } from '../render/index.ts';

const known = new Map<string, Heading[]>();

/** Called by the check with the headings its analysis found, so they are not computed twice. */
export function rememberHeadings(body: string, headings: Heading[]): void {
  known.set(body, headings);
}

/** Headings of an MDX body in document order, e.g. `## Why buy together` gives `{ depth: 2, slug: 'why-buy-together', text: 'Why buy together' }`. */
export async function headingsOf(body: string): Promise<Heading[]> {
  const cached = known.get(body);
  if (cached) return cached;
  // A body the renderer cannot read has its problem reported by the check; it has no headings to offer.
  const { headings } = renderBody(body, { base: '/', glossary: glossaryMatcher([]) });
  return headings;
}

/** Heading ids of an MDX body in document order. */
export async function headingIds(body: string): Promise<string[]> {
  return (await headingsOf(body)).map((heading) => heading.slug);
}
