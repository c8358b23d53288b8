import { describe, expect, it } from 'vitest';
import { entriesOf } from './content.ts';

const terms = entriesOf('glossary').map((entry) => entry.data as { id: string; term: string; expansion?: string; sources?: unknown[] });

describe('the glossary', () => {
  it('has no duplicate terms, ignoring case and surrounding spaces', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { id, term } of terms) {
      const key = term.trim().toLowerCase();
      const first = seen.get(key);
      if (first) duplicates.push(`${term} (${first} and ${id})`);
      else seen.set(key, id);
    }
    expect(duplicates).toEqual([]);
  });

  it.each(['IPNC', 'TGL', 'JCBPP', 'PCP', 'PPI', 'LEA', 'EBG', 'iPOP', 'KPI', 'WP', 'GA', 'RTO', 'CERIS', 'SSRI'])('defines %s, an acronym the October 2023 report uses', (acronym) => {
    expect(terms.map((t) => t.term)).toContain(acronym);
  });

  it('gives a source for every term, so each expansion and definition can be checked', () => {
    expect(terms.filter((t) => (t.sources ?? []).length === 0).map((t) => t.id)).toEqual([]);
  });
});
