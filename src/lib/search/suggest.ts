/**
 * "Did you mean" for a search that found nothing: the glossary terms closest
 * to what was typed, by term or by a word of the expansion.
 */
import { editDistance } from '../text/closest.ts';

export interface SuggestableTerm {
  id: string;
  term: string;
  expansion?: string | undefined;
}

function distance(word: string, term: SuggestableTerm): number {
  const expansion = (term.expansion ?? '').toLowerCase();
  const candidates = [
    term.term.toLowerCase(),
    ...expansion.split(/[\s-]+/).filter((w) => w.length >= 3),
    expansion.replace(/[\s-]+/g, ''),
  ];
  let best = Infinity;
  for (const candidate of candidates.filter(Boolean)) {
    // A long enough beginning counts as close: "procure" for "procurement".
    const prefix =
      Math.min(candidate.length, word.length) >= 4 && (candidate.startsWith(word) || word.startsWith(candidate));
    best = Math.min(best, prefix ? Math.abs(candidate.length - word.length) * 0.25 : editDistance(word, candidate));
  }
  return best;
}

/**
 * Up to `limit` terms, closest first; a term counts when some word of the query
 * is within a third of its length of the term or a word of its expansion,
 * e.g. "jcpp" suggests JCBPP and "precommercial" suggests PCP.
 */
export function closestTerms<T extends SuggestableTerm>(query: string, terms: readonly T[], limit = 3): T[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const scored: { term: T; score: number }[] = [];
  for (const term of terms) {
    let score = Infinity;
    for (const word of words) {
      const d = distance(word, term);
      if (d <= Math.max(1, Math.floor(word.length / 3))) score = Math.min(score, d);
    }
    if (score < Infinity) scored.push({ term, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.term.term.localeCompare(b.term.term, 'en'))
    .slice(0, limit)
    .map((s) => s.term);
}

/**
 * What the index really matched when it found a query word nowhere as typed
 * and answered with a near word instead (Pagefind forgives typos): each query
 * word that no highlighted word starts with is replaced by the closest
 * highlighted word. `searchedInstead('procuremnt', ['procurement', 'buyers'])`
 * is "procurement"; undefined when every word was found as typed.
 */
export function searchedInstead(query: string, marked: readonly string[]): string | undefined {
  const found = [...new Set(marked.map((w) => w.toLowerCase()))];
  if (found.length === 0) return undefined;
  let changed = false;
  const searched = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || found.some((w) => w.startsWith(lower) || w.includes(lower))) return word;
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(lower.length / 2)) + 1;
    for (const candidate of found) {
      const distance = editDistance(lower, candidate);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    if (best === undefined) return word;
    changed = true;
    return best;
  });
  return changed ? searched : undefined;
}
