/**
 * Geometry of the "segments across the three cycles" chart, computed at build
 * time and drawn as SVG: one row per segment, one column per cycle, a dot
 * where the segment was identified (larger and filled when it was singled out
 * as promising), joined by a line where it carried over to the next cycle.
 */

export const CYCLES = [1, 2, 3] as const;

export interface SegmentCycles {
  id: string;
  title: string;
  cycles: readonly { cycle: number; promising: boolean; rank?: number | undefined }[];
}

export interface ChartDot {
  cycle: number;
  cx: number;
  cy: number;
  promising: boolean;
}

export interface ChartRow {
  id: string;
  title: string;
  /** Baseline of the row's label. */
  y: number;
  dots: ChartDot[];
  /** Lines between dots of consecutive cycles. */
  links: { x1: number; x2: number; y: number }[];
}

export interface Chart {
  width: number;
  height: number;
  /** Column headings. */
  columns: { cycle: number; x: number }[];
  rows: ChartRow[];
}

export const CHART_LAYOUT = { width: 640, labelWidth: 400, rowHeight: 28, headerHeight: 32 } as const;

/** Rows ordered by the first cycle the segment appears in, then by title, so the chart reads as a timeline. */
export function orderForChart<S extends SegmentCycles>(segments: readonly S[]): S[] {
  const first = (s: S) => Math.min(...s.cycles.map((c) => c.cycle));
  return [...segments].sort((a, b) => first(a) - first(b) || a.title.localeCompare(b.title, 'en'));
}

export function segmentChart(segments: readonly SegmentCycles[], layout = CHART_LAYOUT): Chart {
  const columnWidth = (layout.width - layout.labelWidth) / CYCLES.length;
  const columnX = (cycle: number) => Math.round(layout.labelWidth + columnWidth * (cycle - 0.5));
  const rows = orderForChart(segments).map((segment, index) => {
    const y = layout.headerHeight + layout.rowHeight * index + layout.rowHeight / 2;
    const dots = [...segment.cycles]
      .sort((a, b) => a.cycle - b.cycle)
      .map((c) => ({ cycle: c.cycle, cx: columnX(c.cycle), cy: y, promising: c.promising }));
    const links = dots.slice(1).flatMap((dot, i) => {
      const previous = dots[i];
      return previous && dot.cycle === previous.cycle + 1 ? [{ x1: previous.cx, x2: dot.cx, y }] : [];
    });
    return { id: segment.id, title: segment.title, y, dots, links };
  });
  return {
    width: layout.width,
    height: layout.headerHeight + layout.rowHeight * Math.max(rows.length, 1),
    columns: CYCLES.map((cycle) => ({ cycle, x: columnX(cycle) })),
    rows,
  };
}

/** Short text for the chart's description: "9 segments; cycle 1: 4 identified, 1 promising; …". */
export function chartSummary(segments: readonly SegmentCycles[]): string {
  const perCycle = CYCLES.map((cycle) => {
    const found = segments.filter((s) => s.cycles.some((c) => c.cycle === cycle));
    const promising = found.filter((s) => s.cycles.some((c) => c.cycle === cycle && c.promising));
    // "recorded": a cycle without entries may be one the sources say nothing about.
    return `cycle ${cycle}: ${found.length} recorded, ${promising.length} most promising`;
  });
  return `${segments.length} segments; ${perCycle.join('; ')}.`;
}
