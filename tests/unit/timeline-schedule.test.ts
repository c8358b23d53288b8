import { describe, expect, it } from 'vitest';
import { addDays, formatDay, schedule, stepIssues, variantDays } from '../../src/lib/timelines/schedule.ts';
import { timelineChart } from '../../src/lib/timelines/chart.ts';
import type { Timeline } from '../../src/schemas/timelines.ts';

const source = { title: 'Directive 2014/24/EU', url: 'https://eur-lex.europa.eu/eli/dir/2014/24/oj' };

function timeline(phases: Timeline['worked']['phases']): Pick<Timeline, 'limits' | 'worked'> {
  return {
    limits: {
      notice: {
        label: 'Prior notice',
        from: 'the prior notice',
        days: 35,
        article: 'Article 27(2)(b)',
        source,
        variants: {},
      },
      tenders: {
        label: 'Receipt of tenders',
        from: 'the contract notice',
        days: 35,
        article: 'Article 27(1)',
        source,
        variants: {
          pin: { when: 'after a prior notice', to: 15, article: 'Article 27(2)' },
          electronic: { when: 'electronic submission', by: 5, article: 'Article 27(4)' },
        },
      },
      standstill: {
        label: 'Standstill',
        from: 'the award decision',
        days: 10,
        article: 'Article 2a(2)',
        source,
        variants: {},
      },
    },
    worked: { scenario: 'A joint open procedure.', phases },
  };
}

describe('time-limit arithmetic', () => {
  it('sets a limit to a variant’s days, or shortens it by them, never below one day', () => {
    expect(variantDays(35, undefined)).toBe(35);
    expect(variantDays(35, { to: 15 })).toBe(15);
    expect(variantDays(35, { by: 5 })).toBe(30);
    expect(variantDays(3, { by: 5 })).toBe(1);
  });

  it('lays steps of a phase end to end, each phase from its own day 0, with the article that sets each length', () => {
    const phases = schedule(
      timeline([
        { from: 'Prior notice sent', steps: [{ limit: 'notice' }, { limit: 'tenders', variant: 'pin' }] },
        { from: 'Award decision sent', steps: [{ limit: 'standstill' }] },
      ]),
    );
    expect(phases.map((p) => [p.length, p.steps.map((s) => [s.start, s.end, s.article])])).toEqual([
      [
        50,
        [
          [0, 35, 'Article 27(2)(b)'],
          [35, 50, 'Article 27(2)'],
        ],
      ],
      [10, [[0, 10, 'Article 2a(2)']]],
    ]);
  });

  it('reports a step naming a limit or variant the timeline does not define', () => {
    const issues = stepIssues(
      timeline([{ from: 'Notice sent', steps: [{ limit: 'tender' }, { limit: 'tenders', variant: 'urgency' }] }]),
    );
    expect(issues).toEqual([
      {
        path: ['worked', 'phases', 0, 'steps', 0, 'limit'],
        message: expect.stringContaining('"tender" is not a limit'),
      },
      {
        path: ['worked', 'phases', 0, 'steps', 1, 'variant'],
        message: '"urgency" is not a variant of the limit "tenders"; its variants: pin, electronic',
      },
    ]);
  });
});

describe('calendar dates', () => {
  it('counts days in UTC, across a summer-time change, a month end and a leap day', () => {
    expect(addDays('2027-03-26', 3)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 1)).toBe('2027-10-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-20', 15)).toBe('2028-01-04');
    expect(addDays('2027-01-10', 0)).toBe('2027-01-10');
  });

  it('gives no date for a day that does not exist or is not written YYYY-MM-DD', () => {
    expect(addDays('2027-02-30', 1)).toBeUndefined();
    expect(addDays('30/01/2027', 1)).toBeUndefined();
    expect(addDays('', 1)).toBeUndefined();
  });

  it('writes a day with its weekday, whatever the reader’s time zone', () => {
    expect(formatDay('2027-03-29')).toBe('Mon, 29 Mar 2027');
  });
});

describe('the worked timeline chart', () => {
  it('draws bars on one scale for every phase, from their first to their last day', () => {
    const chart = timelineChart(
      schedule(
        timeline([
          { from: 'Prior notice sent', steps: [{ limit: 'notice' }, { limit: 'tenders', variant: 'pin' }] },
          { from: 'Award decision sent', steps: [{ limit: 'standstill' }] },
        ]),
      ),
    );
    expect(chart.scale).toBe(50);
    const [notice, tenders] = chart.phases[0]!.bars;
    const [standstill] = chart.phases[1]!.bars;
    expect(tenders!.x).toBeCloseTo(notice!.x + notice!.width);
    expect(tenders!.x + tenders!.width).toBeCloseTo(1);
    // 10 days are a fifth of the 50 days of the longest phase.
    expect(standstill).toEqual({ text: 'Standstill: 10 days, day 0 to day 10', x: 0, width: 0.2 });
    expect(chart.phases[1]!.heading).toBe('Phase 2, day 0: Award decision sent');
  });
});
