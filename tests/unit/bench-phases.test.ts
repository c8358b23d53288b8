import { describe, expect, it } from 'vitest';
import { copiedPagesLine } from '../../src/integrations/rendered-pages.ts';
import { buildPhases, describePhases, lineClock, type TimedLine } from '../../scripts/bench/phases.ts';

const log = (entries: [number, string][]): TimedLine[] => entries.map(([atMs, text]) => ({ atMs, text }));

describe('the phases of a build, from when its log lines arrived', () => {
  const lines = log([
    [1200, '10:00:01 [content] Syncing content'],
    [2900, '10:00:02 [content] Synced content'],
    [3000, '10:00:03 [build] Building static entrypoints...'],
    [5400, ' generating static routes '],
    [5500, '10:00:05 [WARN] something'],
    [5600, '10:00:05   ├─ /toolbox/pcp/index.html (+4ms)'],
    [5700, '10:00:05   ├─ /toolbox/pcp/print/index.html (+3ms)'],
    [5800, '10:00:05   └─ /kf/toolbox/ppi/print/index.html (+1.5s)'],
    [11400, '10:00:11 ✓ Completed in 6.0s.'],
    [11500, '10:00:11 [build] ✓ Completed in 8.5s.'],
    [12100, `10:00:12 [kf:rendered-pages] ${copiedPagesLine(1348)}`],
    [12800, '10:00:12 [build] Complete!'],
  ]);

  it('splits the wall time at the marks, in their order, and counts the pages copied from the cache', () => {
    expect(buildPhases(lines, 13000)).toEqual({
      startMs: 1200,
      contentMs: 1800,
      bundleMs: 2400,
      pagesMs: 6000,
      afterMs: 1600,
      copied: 1348,
      printViewsMs: 1503,
    });
  });

  it('gives nothing for a build whose log lacks a mark, rather than a wrong split', () => {
    expect(
      buildPhases(
        lines.filter((line) => !line.text.includes('generating')),
        13000,
      ),
    ).toBeUndefined();
  });

  it('says which phase took how long', () => {
    const phases = buildPhases(lines, 13000);
    expect(phases && describePhases(phases)).toBe(
      "start 1.2 s · content 1.8 s · bundle 2.4 s · pages 6.0 s (1348 pages copied from the cache; guides' print views 1.5 s) · after 1.6 s",
    );
  });

  it('stamps each line when its end arrives, whatever the chunks', () => {
    const clock = lineClock(performance.now());
    clock.feed('first li');
    clock.feed('ne\nsecond\nthi');
    clock.feed('rd\n');
    expect(clock.lines.map((line) => line.text)).toEqual(['first line', 'second', 'third']);
    expect(clock.lines.every((line) => line.atMs >= 0)).toBe(true);
  });
});
