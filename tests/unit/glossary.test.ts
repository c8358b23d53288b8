import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf } from '../../src/lib/glossary.ts';

const term = (id: string, text: string) => ({ id, data: { term: text } });

describe('initialOf', () => {
  it('files a term under its first letter, upper case, without accents', () => {
    expect([initialOf('pcp'), initialOf('Équipe'), initialOf(' IPNC')]).toEqual(['P', 'E', 'I']);
  });

  it('files digits and symbols under #', () => {
    expect(initialOf('3D')).toBe('#');
  });
});

describe('groupByInitial', () => {
  it('groups terms by letter in alphabetical order, terms sorted inside', () => {
    const groups = groupByInitial([term('tgl', 'TGL'), term('pcp', 'PCP'), term('ppi', 'PPI'), term('ipnc', 'IPNC')]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['I', ['ipnc']],
      ['P', ['pcp', 'ppi']],
      ['T', ['tgl']],
    ]);
  });

  it('puts # first', () => {
    expect(groupByInitial([term('a', 'Alpha'), term('n', '5G')]).map((g) => g.letter)).toEqual(['#', 'A']);
  });
});
