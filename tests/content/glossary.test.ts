import { describe, expect, it } from 'vitest';
import { entriesOf } from './content.ts';

const terms = entriesOf('glossary').map((entry) => entry.data as { id: string; term: string; expansion?: string });

describe('the glossary', () => {
  it('defines at least 30 terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
  });

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

  it.each(['IPNC', 'TGL', 'JCBPP', 'PCP', 'PPI', 'LEA', 'EBG', 'iPOP', 'KPI', 'WP', 'GA', 'RTO', 'CERIS'])('defines %s, an acronym the report uses', (acronym) => {
    expect(terms.map((t) => t.term)).toContain(acronym);
  });

  it('does not guess an expansion for SSRI, which no source spells out', () => {
    expect(terms.find((t) => t.term === 'SSRI')?.expansion).toBeUndefined();
  });
});
