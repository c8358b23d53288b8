/**
 * The glossary pairs bodies mark with <abbr> (term and expansion), from the
 * validated glossary entries: a glossary.yaml the check cannot read is one of
 * its problems, reported at its line, never an empty glossary in silence.
 */
import type { AbbrTerm } from '../lib/glossary-marking.ts';
import { isEntryOf, type ValidEntry } from './validate.ts';

/** `[{ term: 'PCP', expansion: 'pre-commercial procurement' }, …]`, in the file's order; terms without an expansion are left out. */
export function glossaryPairs(entries: readonly ValidEntry[]): AbbrTerm[] {
  return entries
    .filter((entry) => isEntryOf(entry, 'glossary'))
    .flatMap(({ data }) => (data.expansion === undefined ? [] : [{ term: data.term, expansion: data.expansion }]));
}
