import { describe, expect, it } from 'vitest';
import { closestTerms, searchedInstead } from '../../src/lib/search/suggest.ts';

const terms = [
  { id: 'jcbpp', term: 'JCBPP', expansion: 'joint cross-border public procurement' },
  { id: 'pcp', term: 'PCP', expansion: 'Pre-Commercial Procurement' },
  { id: 'ppi', term: 'PPI', expansion: 'Public Procurement of Innovation' },
  { id: 'ipnc', term: 'IPNC', expansion: 'iProcureNet National Contact' },
];
const ids = (query: string) => closestTerms(query, terms).map((t) => t.id);

describe('glossary suggestions for a search that found nothing', () => {
  it('suggests the acronym one letter away', () => {
    expect(ids('jcpp')[0]).toBe('jcbpp');
    expect(ids('IPMC')).toContain('ipnc');
  });

  it('suggests a term by a misspelt word of its expansion', () => {
    expect(ids('inovation')).toEqual(['ppi']);
  });

  it('suggests a term by its expansion written as one word', () => {
    expect(ids('precommercial')).toEqual(['pcp']);
  });

  it('suggests nothing for words far from every term', () => {
    expect(ids('zebra')).toEqual([]);
  });

  it('ignores one-letter words and punctuation', () => {
    expect(ids('a , ?')).toEqual([]);
  });

  it('returns at most the number asked for, closest first', () => {
    expect(closestTerms('procurement', terms, 2)).toHaveLength(2);
  });
});

describe('what the index searched instead of a mistyped word', () => {
  it('is the highlighted word closest to the word typed', () => {
    expect(searchedInstead('procuremnt', ['Procurement', 'procurement', 'iProcureNet'])).toBe('procurement');
  });

  it('keeps a word that a highlighted word starts with or contains', () => {
    expect(searchedInstead('drone', ['drones', 'in-drone'])).toBeUndefined();
    expect(searchedInstead('procure drnes', ['iProcureNet', 'drones'])).toBe('procure drones');
  });

  it('says nothing when nothing was highlighted, or nothing highlighted is near', () => {
    expect(searchedInstead('procuremnt', [])).toBeUndefined();
    expect(searchedInstead('zebra', ['procurement'])).toBeUndefined();
  });
});
