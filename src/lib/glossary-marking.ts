/**
 * Marks the first use of each glossary acronym on a page with
 * `<abbr title="expansion">`, at build time. The logic here is plain text in,
 * segments out; src/pipeline/render/glossary-abbr.ts applies it to the HTML tree.
 */

export interface AbbrTerm {
  /** As written in text, e.g. `JCBPP`. */
  term: string;
  expansion: string;
}

export type Segment = string | { abbr: string; title: string };

/** Elements whose text is never marked: links, code, existing abbreviations, headings (the first use in running text counts). */
export const SKIPPED_ELEMENTS = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'svg',
  'button',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface GlossaryMatcher {
  pattern: RegExp | undefined;
  expansions: Map<string, string>;
}

/**
 * Terms worth marking: those with an expansion that differs from the term.
 * Longer terms are tried first so `JCBPP` wins over a shorter term inside it.
 * A term matches as a whole word, case-sensitively (acronyms are capitals).
 */
export function glossaryMatcher(terms: readonly AbbrTerm[]): GlossaryMatcher {
  const usable = terms.filter((t) => t.term.trim() !== '' && t.expansion.trim() !== '' && t.expansion !== t.term);
  const expansions = new Map(usable.map((t) => [t.term, t.expansion]));
  if (usable.length === 0) return { pattern: undefined, expansions };
  const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu'),
    expansions,
  };
}

/**
 * Splits a text into plain strings and the first uses of terms not yet `seen`
 * (which it adds to `seen`):
 * `markFirstUses('PCP and PCP', m, new Set())` is `[{ abbr: 'PCP', title: 'Pre-commercial procurement' }, ' and PCP']`.
 */
export function markFirstUses(text: string, matcher: GlossaryMatcher, seen: Set<string>): Segment[] {
  if (!matcher.pattern) return [text];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const term = match[1] ?? '';
    if (seen.has(term)) continue;
    seen.add(term);
    const index = match.index;
    if (index > last) segments.push(text.slice(last, index));
    segments.push({ abbr: term, title: matcher.expansions.get(term) ?? term });
    last = index + term.length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments.length === 0 ? [text] : segments;
}
