import { describe, expect, it } from 'vitest';
import { byStep, groupByPhase, instrumentsIn, stepPosition, type GuideLike } from '../../src/lib/guides.ts';

const guide = (id: string, phase: GuideLike['data']['phase'], step?: number, instruments: string[] = ['jcbpp']): GuideLike => ({
  id,
  data: { title: id.replace(/-/g, ' '), phase, step, instruments },
});

describe('groupByPhase', () => {
  it('lists phases in the order a joint procurement runs, whatever the input order', () => {
    const groups = groupByPhase([guide('a', 'cross-cutting'), guide('b', 'contract'), guide('c', 'prepare'), guide('d', 'tender')]);
    expect(groups.map((g) => g.phase)).toEqual(['prepare', 'tender', 'contract', 'cross-cutting']);
  });

  it('leaves out phases without guides', () => {
    expect(groupByPhase([guide('a', 'tender')]).map((g) => g.phase)).toEqual(['tender']);
  });

  it('returns no groups for an empty toolbox', () => {
    expect(groupByPhase([])).toEqual([]);
  });

  it('orders guides by step inside a phase, guides without a step last and by title', () => {
    const groups = groupByPhase([guide('zeta', 'prepare'), guide('second', 'prepare', 2), guide('alpha', 'prepare'), guide('first', 'prepare', 1)]);
    expect(groups[0]?.guides.map((g) => g.id)).toEqual(['first', 'second', 'alpha', 'zeta']);
  });
});

describe('byStep', () => {
  it('breaks a tie between equal steps by title so the order never depends on file order', () => {
    expect([guide('b', 'prepare', 1), guide('a', 'prepare', 1)].sort(byStep).map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('stepPosition', () => {
  const guides = [guide('needs', 'prepare', 1), guide('money', 'prepare', 2), guide('market', 'prepare', 3), guide('tender', 'tender', 1)];

  it('numbers a guide inside its own phase only', () => {
    const position = stepPosition(guides[1]!, guides);
    expect({ number: position.number, total: position.total }).toEqual({ number: 2, total: 3 });
  });

  it('links the previous and next steps of the same phase', () => {
    const position = stepPosition(guides[1]!, guides);
    expect(position.previous?.id).toBe('needs');
    expect(position.next?.id).toBe('market');
  });

  it('has no previous step for the first guide and no next step for the last', () => {
    expect(stepPosition(guides[0]!, guides).previous).toBeUndefined();
    expect(stepPosition(guides[2]!, guides).next).toBeUndefined();
  });

  it('is step 1 of 1 for the only guide of a phase, never linking into another phase', () => {
    const position = stepPosition(guides[3]!, guides);
    expect([position.number, position.total, position.previous, position.next]).toEqual([1, 1, undefined, undefined]);
  });

  it('refuses a guide that is not in the list', () => {
    expect(() => stepPosition(guide('ghost', 'prepare', 9), guides)).toThrow(/ghost/);
  });
});

describe('instrumentsIn', () => {
  it('lists the instruments guides cover, in the given order, each once', () => {
    const guides = [guide('a', 'prepare', 1, ['pcp', 'legal']), guide('b', 'tender', 1, ['legal', 'jcbpp'])];
    expect(instrumentsIn(guides, ['jcbpp', 'pcp', 'ppi', 'legal'])).toEqual(['jcbpp', 'pcp', 'legal']);
  });
});
