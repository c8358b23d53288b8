/**
 * Acronym-aware search: a page that only says "JCBPP" should be found by
 * "joint cross-border public procurement", and the reverse. The indexer adds
 * the missing half of every glossary pair a page mentions, as low-weight text.
 */

export interface AcronymTerm {
  /** As written, usually an acronym: `JCBPP`. */
  term: string;
  /** What it stands for: `joint cross-border public procurement`. */
  expansion?: string | undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hyphens, dashes and runs of spaces all count as one space, so "cross-border" matches "cross border". */
function loosely(words: string): string {
  return words
    .trim()
    .split(/[\s\-‐‑–—]+/u)
    .map(escape)
    .join('[\\s\\-‐‑–—]+');
}

/**
 * A matcher for the term as a whole word. An all-capital acronym matches case
 * for case, so "PCP" is not found in "pcp-guide" slugs or the word "Pcp"; a
 * plural ("PCPs") still counts.
 */
function termPattern(term: string): RegExp {
  const acronym = term === term.toUpperCase() && /\p{Lu}/u.test(term);
  return new RegExp(`(?<![\\p{L}\\p{N}])${loosely(term)}s?(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}

function expansionPattern(expansion: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${loosely(expansion)}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The glossary pairs a text names by only one half, written `TERM: expansion`,
 * e.g. for "JCBPP needs an agreement" with the JCBPP term:
 * `['JCBPP: joint cross-border public procurement']`. Pairs named in full, or
 * not at all, add nothing.
 */
export function acronymAliases(text: string, terms: readonly AcronymTerm[]): string[] {
  const aliases: string[] = [];
  for (const { term, expansion } of terms) {
    if (!expansion || term.trim() === '' || expansion.trim() === '') continue;
    const hasTerm = termPattern(term).test(text);
    const hasExpansion = expansionPattern(expansion).test(text);
    if (hasTerm !== hasExpansion) aliases.push(`${term}: ${expansion}`);
  }
  return aliases;
}

/**
 * The glossary terms a title is about: those whose expansion it names, e.g.
 * "Pre-commercial procurement (PCP)" is about PCP, while "Collecting JCBPP
 * examples" only mentions JCBPP. The search page weighs these up, so a query
 * for an acronym finds the guide about it before guides that use it.
 */
export function termsAbout(title: string, terms: readonly AcronymTerm[]): string[] {
  return terms
    .filter(({ expansion }) => expansion && expansion.trim() !== '' && expansionPattern(expansion).test(title))
    .map(({ term }) => term);
}
