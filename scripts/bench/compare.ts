/**
 * Side-by-side figures: builds of our site and of Starlight on the same guides,
 * taken in alternating pairs so that a change of machine load between builds
 * affects both sides alike, and summarised as ratios with their spread.
 * Plain functions over plain data, so the arithmetic and wording are tested.
 */
import { median } from '../lib/audit/budgets.ts';

/** What one build cost. */
export interface BuildCost {
  wallMs: number;
  /** CPU time of the build's whole process tree, when it could be read. */
  cpuMs: number | undefined;
  peakRss: number;
  /** /proc/loadavg's 1-minute figure when the build started. */
  load?: number | undefined;
}

/** One pair: our build, then Starlight's, one straight after the other. */
export interface Pair {
  ours: BuildCost;
  starlight: BuildCost;
}

/** Median page of one side: gzip bytes of HTML plus the CSS it loads, and of the JavaScript it loads. */
export interface SideWeight {
  pages: number;
  /** Pages weighed: the guide pages both sites have. */
  weighed: number;
  htmlCss: number;
  js: number;
}

export interface Comparison {
  guides: number;
  /** Processor cores of the machine, to judge the load averages by. */
  cores: number;
  pairs: Pair[];
  ours: SideWeight;
  starlight: SideWeight;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** The smallest, middle and largest of some figures (the median of an even count is the mean of the middle two). */
export function spread(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

type Measure = 'wallMs' | 'cpuMs' | 'peakRss';

/** Ours divided by Starlight's, per pair, for one measure; pairs where either figure is missing or zero are left out. */
export function pairRatios(pairs: readonly Pair[], measure: Measure): number[] {
  return pairs.flatMap(({ ours, starlight }) => {
    const a = ours[measure];
    const b = starlight[measure];
    return a === undefined || b === undefined || b === 0 ? [] : [a / b];
  });
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}×`);

/** `1.18× (1.14–1.26 over 3 pairs)`; a single pair has no spread to show. */
export function formatSpread(values: readonly number[]): string {
  const s = spread(values);
  if (!s) return 'n/a';
  if (values.length === 1) return `${ratio(s.median)} (1 pair: no spread)`;
  return `${ratio(s.median)} median (min ${ratio(s.min)}, max ${ratio(s.max)} over ${values.length} pairs)`;
}

/**
 * A warning when the machine was busier than its cores during the builds: wall
 * times then measure the load as much as the builds, and CPU times are the
 * steadier figure. Undefined when the load stayed within the cores (or is unknown).
 */
export function loadWarning(pairs: readonly Pair[], cores: number): string | undefined {
  const loads = pairs
    .flatMap((p) => [p.ours.load, p.starlight.load])
    .filter((load): load is number => load !== undefined && Number.isFinite(load));
  const highest = Math.max(...loads);
  if (loads.length === 0 || highest <= cores) return undefined;
  return `note: the 1-minute load average reached ${highest.toFixed(2)} on ${cores} cores during these builds: the machine was shared, so wall times and their ratios swing with the load; the CPU-time ratio is the steadier figure.`;
}

/** The comparison as a table of builds, then the ratios with their spread, then page weight. */
export function describeComparison(c: Comparison): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row([
      'pair',
      'ours: wall',
      'CPU',
      'peak RSS',
      'Starlight: wall',
      'CPU',
      'peak RSS',
      'wall ratio',
      'CPU ratio',
      'load at start (ours, Starlight)',
    ]),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    ...c.pairs.map((p, i) =>
      row([
        String(i + 1),
        seconds(p.ours.wallMs),
        seconds(p.ours.cpuMs),
        mib(p.ours.peakRss),
        seconds(p.starlight.wallMs),
        seconds(p.starlight.cpuMs),
        mib(p.starlight.peakRss),
        ratio(p.ours.wallMs / p.starlight.wallMs),
        ratio(p.ours.cpuMs !== undefined && p.starlight.cpuMs ? p.ours.cpuMs / p.starlight.cpuMs : undefined),
        `${p.ours.load?.toFixed(2) ?? 'n/a'}, ${p.starlight.load?.toFixed(2) ?? 'n/a'}`,
      ]),
    ),
    '',
    `ours / Starlight, wall time   ${formatSpread(pairRatios(c.pairs, 'wallMs'))}`,
    `ours / Starlight, CPU time    ${formatSpread(pairRatios(c.pairs, 'cpuMs'))}`,
    `ours / Starlight, peak RSS    ${formatSpread(pairRatios(c.pairs, 'peakRss'))}`,
    `pages built                   ours ${c.ours.pages}, Starlight ${c.starlight.pages}`,
    `guide page, median (gzip)     ours ${kib(c.ours.htmlCss)} HTML+CSS, ${kib(c.ours.js)} JS; Starlight ${kib(c.starlight.htmlCss)} HTML+CSS, ${kib(c.starlight.js)} JS  (${c.ours.weighed} and ${c.starlight.weighed} guide pages weighed)`,
  ];
  const warning = loadWarning(c.pairs, c.cores);
  if (warning) lines.push(warning);
  return lines.join('\n');
}

/** A rebuild's share of a cold build, e.g. `0.31`: the figure the ≤ 25 % target is about. */
export function rebuildShare(coldMs: number, rebuildMs: number): number {
  return coldMs > 0 ? rebuildMs / coldMs : Number.NaN;
}
