import { describe, expect, it } from 'vitest';
import {
  byStep,
  groupByPhase,
  instrumentsIn,
  journeyPosition,
  readingOrder,
  stageOf,
  stepWindow,
  toolbox,
  withoutStepPrefix,
  type GuideLike,
} from '../../src/lib/guides.ts';

const guide = (
  id: string,
  phase: GuideLike['data']['phase'],
  step?: number,
  instruments: string[] = ['jcbpp'],
): GuideLike => ({
  id,
  data: { title: id.replace(/-/g, ' '), phase, step, instruments },
});

describe('groupByPhase', () => {
  it('lists phases in the order a joint procurement runs, whatever the input order', () => {
    const groups = groupByPhase([
      guide('a', 'cross-cutting'),
      guide('b', 'contract'),
      guide('c', 'prepare'),
      guide('d', 'tender'),
    ]);
    expect(groups.map((g) => g.phase)).toEqual(['prepare', 'tender', 'contract', 'cross-cutting']);
  });

  it('leaves out phases without guides', () => {
    expect(groupByPhase([guide('a', 'tender')]).map((g) => g.phase)).toEqual(['tender']);
  });

  it('returns no groups for an empty toolbox', () => {
    expect(groupByPhase([])).toEqual([]);
  });

  it('orders guides by step inside a phase, guides without a step last and by title', () => {
    const groups = groupByPhase([
      guide('zeta', 'prepare'),
      guide('second', 'prepare', 2),
      guide('alpha', 'prepare'),
      guide('first', 'prepare', 1),
    ]);
    expect(groups[0]?.guides.map((g) => g.id)).toEqual(['first', 'second', 'alpha', 'zeta']);
  });
});

describe('byStep', () => {
  it('breaks a tie between equal steps by title so the order never depends on file order', () => {
    expect([guide('b', 'prepare', 1), guide('a', 'prepare', 1)].sort(byStep).map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('toolbox', () => {
  it('reads the overview first, then prepare, tender and contract, whatever the input order', () => {
    const { journey } = toolbox([
      guide('award', 'contract', 1),
      guide('tender', 'tender', 1),
      guide('needs', 'prepare', 1),
      guide('overview', 'cross-cutting', 1),
    ]);
    expect(journey.map((s) => [s.stage, s.guides.map((g) => g.id)])).toEqual([
      ['overview', ['overview']],
      ['prepare', ['needs']],
      ['tender', ['tender']],
      ['contract', ['award']],
    ]);
  });

  it('keeps cross-cutting guides without a step out of the journey, as reference sorted by title', () => {
    const { journey, reference } = toolbox([
      guide('value-engineering', 'cross-cutting'),
      guide('legal-bases', 'cross-cutting'),
      guide('needs', 'prepare', 1),
    ]);
    expect(journey.flatMap((s) => s.guides.map((g) => g.id))).toEqual(['needs']);
    expect(reference.map((g) => g.id)).toEqual(['legal-bases', 'value-engineering']);
  });

  it('leaves out stages without guides and returns nothing for an empty toolbox', () => {
    expect(toolbox([guide('t', 'tender', 1)]).journey.map((s) => s.stage)).toEqual(['tender']);
    expect(toolbox([])).toEqual({ journey: [], reference: [] });
  });
});

describe('toolbox, shared', () => {
  it('orders an array of guides once: the same array gives the same stages, another array its own', () => {
    const guides = [guide('b', 'prepare', 2), guide('a', 'prepare', 1)];
    const first = toolbox(guides);
    expect(first.journey[0]?.guides.map((g) => g.id)).toEqual(['a', 'b']);
    expect(toolbox(guides).journey[0]).toBe(first.journey[0]);
    expect(toolbox([guide('c', 'tender', 1)]).journey.map((s) => s.stage)).toEqual(['tender']);
  });
});

describe('stepWindow', () => {
  const steps = Array.from({ length: 30 }, (_, i) => i + 1);

  it('lists every step of a stage while the toolbox is not split into pages, however long the stage', () => {
    expect(stepWindow(steps, 20, false, 10)).toEqual({ shown: steps, first: 1, whole: true });
  });

  it('lists every step of a split toolbox stage that is no longer than the window', () => {
    expect(stepWindow(steps.slice(0, 10), 9, true, 10)).toEqual({ shown: steps.slice(0, 10), first: 1, whole: true });
  });

  it('lists `size` steps around the current one in a split toolbox, numbered from the first shown', () => {
    const middle = stepWindow(steps, 14, true, 10);
    expect(middle.shown).toHaveLength(10);
    expect(middle.shown).toContain(15);
    expect(middle.first).toBe(middle.shown[0]);
    expect(middle.whole).toBe(false);
  });

  it('keeps the window inside the stage at either end', () => {
    expect(stepWindow(steps, 0, true, 10).shown).toEqual(steps.slice(0, 10));
    expect(stepWindow(steps, 29, true, 10)).toEqual({ shown: steps.slice(20), first: 21, whole: false });
  });
});

describe('stageOf', () => {
  it('places a phase guide in its phase, a stepped cross-cutting guide in the overview, and an unstepped one nowhere', () => {
    expect(stageOf(guide('a', 'tender'))).toBe('tender');
    expect(stageOf(guide('b', 'cross-cutting', 1))).toBe('overview');
    expect(stageOf(guide('c', 'cross-cutting'))).toBeUndefined();
  });
});

describe('readingOrder', () => {
  it('lists the journey then the reference guides, each guide once', () => {
    const order = readingOrder([
      guide('pcp', 'cross-cutting'),
      guide('tender', 'tender', 1),
      guide('overview', 'cross-cutting', 1),
      guide('money', 'prepare', 2),
      guide('needs', 'prepare', 1),
    ]);
    expect(order.map((g) => g.id)).toEqual(['overview', 'needs', 'money', 'tender', 'pcp']);
  });
});

describe('journeyPosition', () => {
  const guides = [
    guide('overview', 'cross-cutting', 1),
    guide('needs', 'prepare', 1),
    guide('money', 'prepare', 2),
    guide('terms', 'prepare', 3),
    guide('tender', 'tender', 1),
    guide('contract', 'contract', 1),
    guide('pcp', 'cross-cutting'),
  ];
  const at = (id: string) =>
    journeyPosition(
      guides.find((g) => g.id === id)!,
      guides,
    );

  it('numbers a guide inside its own stage', () => {
    expect([at('money').stage, at('money').number, at('money').total]).toEqual(['prepare', 2, 3]);
    expect([at('tender').number, at('tender').total]).toEqual([1, 1]);
  });

  it('leads from the overview into the first preparation step', () => {
    expect(at('overview').previous).toBeUndefined();
    expect(at('overview').next?.id).toBe('needs');
    expect(at('needs').previous?.id).toBe('overview');
  });

  it('leads from the last preparation step into the tender and from the tender into the contract, so no step is a dead end', () => {
    expect(at('terms').next?.id).toBe('tender');
    expect(at('tender').previous?.id).toBe('terms');
    expect(at('tender').next?.id).toBe('contract');
    expect(at('contract').previous?.id).toBe('tender');
  });

  it('ends the journey at the contract', () => {
    expect(at('contract').next).toBeUndefined();
  });

  it('gives a reference guide no previous or next: it is not part of the sequence', () => {
    const position = at('pcp');
    expect([position.stage, position.previous, position.next]).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a guide that is not in the list', () => {
    expect(() => journeyPosition(guide('ghost', 'prepare', 9), guides)).toThrow(/ghost/);
    expect(() => journeyPosition(guide('ghost', 'cross-cutting'), guides)).toThrow(/ghost/);
  });
});

describe('withoutStepPrefix', () => {
  it('drops the "Step N:" a title starts with when the list shows that number', () => {
    expect(withoutStepPrefix('Step 2: Identify financing', 2)).toBe('Identify financing');
  });

  it('keeps the title as written when its number differs from the position, or it has none', () => {
    expect(withoutStepPrefix('Step 3: Do market research', 2)).toBe('Step 3: Do market research');
    expect(withoutStepPrefix('Run the joint tender', 1)).toBe('Run the joint tender');
    expect(withoutStepPrefix('Stepping stones: a guide', 1)).toBe('Stepping stones: a guide');
  });
});

describe('instrumentsIn', () => {
  it('lists the instruments guides cover, in the given order, each once', () => {
    const guides = [guide('a', 'prepare', 1, ['pcp', 'legal']), guide('b', 'tender', 1, ['legal', 'jcbpp'])];
    expect(instrumentsIn(guides, ['jcbpp', 'pcp', 'ppi', 'legal'])).toEqual(['jcbpp', 'pcp', 'legal']);
  });
});
