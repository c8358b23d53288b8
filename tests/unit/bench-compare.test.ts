import { describe, expect, it } from 'vitest';
import {
  describeComparison,
  formatSpread,
  loadWarning,
  pairRatios,
  rebuildShare,
  spread,
  type Comparison,
  type Pair,
} from '../../scripts/bench/compare.ts';

const MiB = 1024 * 1024;
const pair = (
  ours: number,
  starlight: number,
  cpu: [number | undefined, number | undefined] = [ours, starlight],
): Pair => ({
  ours: { wallMs: ours, cpuMs: cpu[0], peakRss: 1000 * MiB, load: 1.5 },
  starlight: { wallMs: starlight, cpuMs: cpu[1], peakRss: 800 * MiB, load: 2.25 },
});

describe('spread', () => {
  it('gives the smallest, the median and the largest figure', () => {
    expect(spread([1.26, 1.14, 1.18])).toEqual({ min: 1.14, median: 1.18, max: 1.26 });
  });

  it('takes the mean of the middle two of an even count as the median', () => {
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });

  it('has nothing to say about no figures', () => {
    expect(spread([])).toBeUndefined();
  });
});

describe('pairRatios', () => {
  it('divides our figure by Starlight’s within each pair, never across pairs', () => {
    expect(pairRatios([pair(10, 20), pair(30, 20)], 'wallMs')).toEqual([0.5, 1.5]);
  });

  it('leaves out pairs where a CPU time could not be read or Starlight’s is zero', () => {
    expect(pairRatios([pair(10, 20, [undefined, 20]), pair(10, 20, [10, 0]), pair(12, 20, [12, 24])], 'cpuMs')).toEqual(
      [0.5],
    );
  });
});

describe('formatSpread', () => {
  it('shows the median with the range and the number of pairs', () => {
    expect(formatSpread([1.14, 1.26, 1.18])).toBe('1.18× median (min 1.14×, max 1.26× over 3 pairs)');
  });

  it('says that one pair has no spread rather than showing a range of one', () => {
    expect(formatSpread([0.5])).toBe('0.50× (1 pair: no spread)');
  });

  it('says n/a when there is no figure', () => {
    expect(formatSpread([])).toBe('n/a');
  });
});

describe('describeComparison', () => {
  const comparison: Comparison = {
    guides: 1000,
    cores: 2,
    pairs: [pair(17_200, 19_700, [30_000, 31_000]), pair(16_000, 20_000, [29_000, undefined])],
    ours: { pages: 1_030, weighed: 1000, htmlCss: 8.1 * 1024, js: 0 },
    starlight: { pages: 1_008, weighed: 1000, htmlCss: 52 * 1024, js: 5.8 * 1024 },
  };
  const text = describeComparison(comparison);

  it('prints one row per pair with both builds and their ratio', () => {
    expect(text).toContain(
      '| 1 | 17.2 s | 30.0 s | 1,000 MiB | 19.7 s | 31.0 s | 800 MiB | 0.87× | 0.97× | 1.50, 2.25 |',
    );
    expect(text).toContain('| 2 | 16.0 s | 29.0 s | 1,000 MiB | 20.0 s | n/a | 800 MiB | 0.80× | n/a | 1.50, 2.25 |');
  });

  it('summarises each ratio over the pairs that have it', () => {
    expect(text).toContain('ours / Starlight, wall time   0.84× median (min 0.80×, max 0.87× over 2 pairs)');
    expect(text).toContain('ours / Starlight, CPU time    0.97× (1 pair: no spread)');
    expect(text).toContain('ours / Starlight, peak RSS    1.25× median (min 1.25×, max 1.25× over 2 pairs)');
  });

  it('ends with the load warning when the machine was busier than its cores', () => {
    expect(text.split('\n').at(-1)).toMatch(/^note: the 1-minute load average reached 2\.25 on 2 cores/);
  });

  it('prints the page counts and the median guide page of both sites', () => {
    expect(text).toContain('pages built                   ours 1030, Starlight 1008');
    expect(text).toContain(
      'ours 8.1 KiB HTML+CSS, 0.0 KiB JS; Starlight 52.0 KiB HTML+CSS, 5.8 KiB JS  (1000 and 1000 guide pages weighed)',
    );
  });
});

describe('loadWarning', () => {
  it('warns when the load average at the start of any build exceeded the cores, naming the highest', () => {
    expect(loadWarning([pair(1, 1), pair(1, 1)], 2)).toBe(
      'note: the 1-minute load average reached 2.25 on 2 cores during these builds: the machine was shared, so wall times and their ratios swing with the load; the CPU-time ratio is the steadier figure.',
    );
  });

  it('says nothing when the load stayed within the cores or could not be read', () => {
    expect(loadWarning([pair(1, 1)], 4)).toBeUndefined();
    const unknown = {
      ...pair(1, 1),
      ours: { ...pair(1, 1).ours, load: Number.NaN },
      starlight: { ...pair(1, 1).starlight, load: undefined },
    };
    expect(loadWarning([unknown], 2)).toBeUndefined();
  });
});

describe('rebuildShare', () => {
  it('is the rebuild’s time as a share of the cold build’s', () => {
    expect(rebuildShare(20_000, 5_000)).toBe(0.25);
  });

  it('is not a number when there was no cold build to compare with', () => {
    expect(rebuildShare(0, 5_000)).toBeNaN();
  });
});
