/**
 * Geometry of a worked timeline's bar chart, computed at build time and drawn
 * as SVG: for each phase a heading line, then each step as a label line over
 * a bar from its first to its last day. Every phase uses one scale, so bars of
 * equal length are equally long days.
 */
import type { ScheduledPhase } from './schedule.ts';

export const CHART_WIDTH = 640;
const PAD = 8;
const HEADING = 30;
const LABEL = 22;
const BAR = 18;
const GAP = 12;

export interface ChartPhaseRow {
  kind: 'phase';
  /** Baseline of the heading. */
  y: number;
  text: string;
}

export interface ChartStepRow {
  kind: 'step';
  /** Baseline of the label. */
  y: number;
  text: string;
  barY: number;
  barHeight: number;
  x: number;
  width: number;
}

export interface TimelineChart {
  width: number;
  height: number;
  rows: (ChartPhaseRow | ChartStepRow)[];
}

/** `days(1)` is `1 day`, `days(35)` is `35 days`. */
export const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** The chart of scheduled phases: one heading per phase, one labelled bar per step. */
export function timelineChart(phases: readonly ScheduledPhase[]): TimelineChart {
  const longest = Math.max(1, ...phases.map((phase) => phase.length));
  const scale = (CHART_WIDTH - 2 * PAD) / longest;
  const rows: (ChartPhaseRow | ChartStepRow)[] = [];
  let y = 0;
  phases.forEach((phase, index) => {
    y += HEADING;
    rows.push({ kind: 'phase', y: y - 8, text: `Phase ${index + 1}, day 0: ${phase.from}` });
    for (const step of phase.steps) {
      y += LABEL;
      rows.push({
        kind: 'step',
        y: y - 6,
        text: `${step.limit.label}: ${days(step.days)}, day ${step.start} to day ${step.end}`,
        barY: y,
        barHeight: BAR,
        x: PAD + step.start * scale,
        width: Math.max(2, step.days * scale),
      });
      y += BAR + GAP;
    }
  });
  return { width: CHART_WIDTH, height: y + PAD, rows };
}
