/** The glossary in alphabetical order, grouped under their first letter for an A–Z index. */

export interface TermLike {
  id: string;
  data: { term: string };
}

/** The letter a term is filed under: its first letter without accents, upper case; digits and symbols under `#`. */
export function initialOf(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function groupByInitial<T extends TermLike>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const term of sorted) {
    const letter = initialOf(term.data.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, items]) => ({ letter, terms: items }));
}
