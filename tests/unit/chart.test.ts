import { describe, expect, it } from 'vitest';
import { CHART_LAYOUT, chartSummary, orderForChart, segmentChart } from '../../src/lib/chart.ts';

const segments = [
  {
    id: 'drones',
    title: 'Drones',
    cycles: [
      { cycle: 2, promising: false },
      { cycle: 3, promising: true },
    ],
  },
  { id: 'cbrn', title: 'CBRN detection', cycles: [{ cycle: 1, promising: true }] },
  {
    id: 'ai',
    title: 'AI for law enforcement',
    cycles: [
      { cycle: 3, promising: true },
      { cycle: 1, promising: false },
    ],
  },
];

describe('orderForChart', () => {
  it('orders rows by the first cycle a segment appears in, then by title', () => {
    expect(orderForChart(segments).map((s) => s.id)).toEqual(['ai', 'cbrn', 'drones']);
  });
});

describe('segmentChart', () => {
  const chart = segmentChart(segments);

  it('has one column per cycle, left to right, right of the labels', () => {
    expect(chart.columns.map((c) => c.cycle)).toEqual([1, 2, 3]);
    const xs = chart.columns.map((c) => c.x);
    expect(xs[0]).toBeGreaterThan(CHART_LAYOUT.labelWidth);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(xs[2]).toBeLessThan(CHART_LAYOUT.width);
  });

  it('puts a dot in the column of every cycle a segment was identified in, on its row', () => {
    const drones = chart.rows.find((r) => r.id === 'drones')!;
    expect(drones.dots.map((d) => d.cycle)).toEqual([2, 3]);
    expect(drones.dots.map((d) => d.cx)).toEqual([chart.columns[1]!.x, chart.columns[2]!.x]);
    expect(drones.dots.every((d) => d.cy === drones.y)).toBe(true);
  });

  it('marks promising cycles', () => {
    const drones = chart.rows.find((r) => r.id === 'drones')!;
    expect(drones.dots.map((d) => d.promising)).toEqual([false, true]);
  });

  it('joins consecutive cycles with a line, and only those', () => {
    expect(chart.rows.find((r) => r.id === 'drones')!.links).toHaveLength(1);
    expect(chart.rows.find((r) => r.id === 'ai')!.links).toHaveLength(0);
  });

  it('gives each row its own height and the chart room for all rows', () => {
    const ys = chart.rows.map((r) => r.y);
    expect(new Set(ys).size).toBe(ys.length);
    expect(Math.max(...ys)).toBeLessThan(chart.height);
  });

  it('draws an empty chart with room for the header', () => {
    const empty = segmentChart([]);
    expect(empty.rows).toEqual([]);
    expect(empty.height).toBeGreaterThan(CHART_LAYOUT.headerHeight);
  });
});

describe('chartSummary', () => {
  it('counts identified and promising segments per cycle', () => {
    expect(chartSummary(segments)).toBe(
      '3 segments; cycle 1: 2 recorded, 1 most promising; cycle 2: 1 recorded, 0 most promising; cycle 3: 2 recorded, 2 most promising.',
    );
  });
});
