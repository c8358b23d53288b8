/**
 * Where a build's wall time goes, from when Astro's log lines arrived: the
 * start (Node, Astro, the config and its integrations), the content sync
 * (the content check and the loaders), Vite's bundle of the site, the pages,
 * and what follows them (search index, QR codes, redirects, the swap into
 * dist/). Astro stamps its lines to the second only, so the bench notes the
 * millisecond each line reached it instead.
 */
import { COPIED_PAGES } from '../../src/integrations/rendered-pages.ts';

/** A line of the build's output and when it arrived, in ms from the start of the run. */
export interface TimedLine {
  atMs: number;
  text: string;
}

export interface Phases {
  startMs: number;
  contentMs: number;
  bundleMs: number;
  pagesMs: number;
  afterMs: number;
  /** Pages the build copied from Astro's incremental cache instead of rendering (src/integrations/rendered-pages.ts). */
  copied: number;
  /** What Astro timed for rendering the guides' print views (/toolbox/<slug>/print/), which Starlight does not make. */
  printViewsMs: number;
}

/** Astro's time for each page it rendered, from its `├─ /toolbox/pcp/index.html (+4ms)` lines. */
export function pageTimes(lines: readonly TimedLine[]): { path: string; ms: number }[] {
  return lines.flatMap(({ text }) => {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    return match ? [{ path: match[1] ?? '', ms: Number(match[2]) * (match[3] === 's' ? 1000 : 1) }] : [];
  });
}

const MARKS = [
  /\[content\] Syncing content/,
  /\[build\] Building static entrypoints/,
  /generating static routes/,
  /✓ Completed in/,
  /\[build\] Complete!/,
] as const;

/** The phases of a build from its timed lines, or undefined when a mark is missing (a failed or silent build). */
export function buildPhases(lines: readonly TimedLine[], wallMs: number): Phases | undefined {
  const at: number[] = [];
  let from = 0;
  for (const mark of MARKS) {
    const index = lines.findIndex((line, i) => i >= from && mark.test(line.text));
    if (index < 0) return undefined;
    at.push(lines[index]?.atMs ?? 0);
    from = index + 1;
  }
  const [synced = 0, bundling = 0, generating = 0, generated = 0, complete = 0] = at;
  const copied = lines.map((line) => COPIED_PAGES.exec(line.text)).find(Boolean);
  return {
    startMs: synced,
    contentMs: bundling - synced,
    bundleMs: generating - bundling,
    pagesMs: generated - generating,
    afterMs: complete - generated + (wallMs - complete),
    copied: Number(copied?.[1] ?? 0),
    printViewsMs: pageTimes(lines)
      .filter(({ path }) => /^\/(?:.+\/)?toolbox\/[^/]+\/print\/index\.html$/.test(path))
      .reduce((sum, { ms }) => sum + ms, 0),
  };
}

/** Splits arriving output into lines, each stamped with when its end arrived. */
export function lineClock(started: number): { feed(chunk: string): void; lines: TimedLine[] } {
  const lines: TimedLine[] = [];
  let partial = '';
  return {
    lines,
    feed(chunk) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      const atMs = performance.now() - started;
      for (const text of parts) lines.push({ atMs, text });
    },
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `start 1.2 s · content 1.9 s · bundle 2.3 s · pages 6.1 s · after 0.9 s` */
export function describePhases(p: Phases): string {
  const notes = [
    ...(p.copied > 0 ? [`${p.copied} pages copied from the cache`] : []),
    ...(p.printViewsMs > 0 ? [`guides' print views ${s(p.printViewsMs)}`] : []),
  ];
  const pages = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `start ${s(p.startMs)} · content ${s(p.contentMs)} · bundle ${s(p.bundleMs)} · pages ${s(p.pagesMs)}${pages} · after ${s(p.afterMs)}`;
}
