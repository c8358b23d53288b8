import { describe, expect, it } from 'vitest';
import { acronymAliases, termsAbout } from '../../src/lib/search/acronyms.ts';

const terms = [
  { term: 'JCBPP', expansion: 'joint cross-border public procurement' },
  { term: 'PCP', expansion: 'Pre-Commercial Procurement' },
  { term: 'IPNC', expansion: 'iProcureNet National Contact' },
  { term: 'R&D', expansion: 'research and development' },
  { term: 'Toolbox' },
];

describe('acronym aliases for the search index', () => {
  it('adds the expansion to a page that only writes the acronym', () => {
    expect(acronymAliases('JCBPP needs an agreement between the buyers.', terms)).toEqual([
      'JCBPP: joint cross-border public procurement',
    ]);
  });

  it('adds the acronym to a page that only writes the expansion, whatever its case', () => {
    expect(acronymAliases('Joint Cross-Border Public Procurement is hard.', terms)).toEqual([
      'JCBPP: joint cross-border public procurement',
    ]);
  });

  it('adds nothing when the page writes both halves', () => {
    expect(acronymAliases('Pre-commercial procurement (PCP) buys research.', terms)).toEqual([]);
  });

  it('treats hyphens and spaces alike in an expansion', () => {
    expect(acronymAliases('pre commercial procurement in phases', terms)).toEqual(['PCP: Pre-Commercial Procurement']);
  });

  it('finds the acronym in the plural', () => {
    expect(acronymAliases('Two PCPs ran in parallel.', terms)).toEqual(['PCP: Pre-Commercial Procurement']);
  });

  it('matches an acronym as a whole word in capitals only', () => {
    expect(acronymAliases('See /toolbox/pcp-guide/ and the PCPX standard, or pcp.', terms)).toEqual([]);
  });

  it('handles terms with characters that mean something in a pattern', () => {
    expect(acronymAliases('Funding for R&D projects.', terms)).toEqual(['R&D: research and development']);
  });

  it('skips terms without an expansion', () => {
    expect(acronymAliases('The Toolbox has guides.', terms)).toEqual([]);
  });

  it('lists every pair named by one half, in glossary order', () => {
    expect(acronymAliases('Ask your IPNC about JCBPP.', terms)).toEqual([
      'JCBPP: joint cross-border public procurement',
      'IPNC: iProcureNet National Contact',
    ]);
  });
});

describe('glossary terms a title is about', () => {
  it('finds the term whose expansion the title spells out', () => {
    expect(termsAbout('Pre-commercial procurement (PCP)', terms)).toEqual(['PCP']);
    expect(termsAbout('Joint cross-border public procurement', terms)).toEqual(['JCBPP']);
  });

  it('does not count a title that only uses the acronym', () => {
    expect(termsAbout('Collecting JCBPP examples', terms)).toEqual([]);
  });
});
