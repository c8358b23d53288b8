/**
 * The worked timeline's bar chart, computed at build time: for each phase its
 * heading, and for each step a line of text over a bar from its first to its
 * last day. Text stays HTML, so it wraps and reads at any width; only the bars
 * are SVG, drawn on one scale (the longest phase), so equal lengths are equal
 * numbers of days in every phase.
 */
import type { ScheduledPhase } from './schedule.ts';

export interface ChartBar {
  text: string;
  /** First day, as a share of the scale (0 to 1). */
  x: number;
  /** Length, as a share of the scale (0 to 1). */
  width: number;
}

export interface TimelineChart {
  /** Days the full width of a bar's track stands for. */
  scale: number;
  phases: { heading: string; bars: ChartBar[] }[];
}

/** `days(1)` is `1 day`, `days(35)` is `35 days`. */
export const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** The chart of scheduled phases: a heading per phase, a labelled bar per step. */
export function timelineChart(phases: readonly ScheduledPhase[]): TimelineChart {
  const scale = Math.max(1, ...phases.map((phase) => phase.length));
  return {
    scale,
    phases: phases.map((phase, index) => ({
      heading: `Phase ${index + 1}, day 0: ${phase.from}`,
      bars: phase.steps.map((step) => ({
        text: `${step.limit.label}: ${days(step.days)}, day ${step.start} to day ${step.end}`,
        x: step.start / scale,
        width: step.days / scale,
      })),
    })),
  };
}
