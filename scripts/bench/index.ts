/**
 * `npm run bench`: builds the site against synthetic corpora of growing size
 * and prints what it costs. A benchmark prints figures; it does not pass or fail.
 *
 *   npm run bench                       # 100, 1,000 and 10,000 entries
 *   npm run bench -- --sizes 100,1000   # pick the sizes
 *   npm run bench -- --seed 7 --keep    # another corpus; keep the builds (node_modules/.cache/kf-builds/)
 *   npm run bench -- --sizes 1000 --profile   # also print where the build spends its time
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { htmlPages, listFiles } from '../../src/lib/audit/build-files.ts';
import { median, weighPage, type PageWeight } from '../../src/lib/audit/budgets.ts';
import { pageUrl } from '../../src/lib/audit/links.ts';
import { collectionSizes } from '../../src/lib/corpus/generate.ts';
import { writeCorpus } from './corpus.ts';
import { watchPeakRss } from './memory.ts';
import { summariseProfiles } from './profile.ts';
import { cleanEnvironment, newBuildDir } from '../../tests/support/build.ts';

export interface BuildRun {
  status: number | null;
  wallMs: number;
  peakRss: number;
  /** Peak resident bytes per executable (node, pagefind…). */
  peakByName: Map<string, number>;
  output: string;
}

/** Builds with the project's Astro in a child process, timing it and sampling its memory. */
export function timedBuild(env: Record<string, string>): Promise<BuildRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
      env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchPeakRss(child.pid ?? 0);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      const peak = memory.stop();
      resolve({ status, wallMs, peakRss: peak.total, peakByName: peak.byName, output });
    });
  });
}

function folderSize(dir: string): number {
  return existsSync(dir) ? listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) : 0;
}

export interface BenchResult {
  entries: number;
  pages: number;
  wallMs: number;
  /** Astro's own "N page(s) built in X s": rendering only, without content sync and indexing. */
  renderMs: number | undefined;
  peakRss: number;
  peakByName: Map<string, number>;
  distBytes: number;
  pagefindBytes: number;
  medianWeight: number;
  maxWeight: PageWeight | undefined;
  search: Record<string, unknown> | undefined;
}

/** Search figures from scripts/bench/search.ts (the search work's own module), when it is there. */
async function searchFigures(siteDir: string, entries: number): Promise<Record<string, unknown> | undefined> {
  const path = new URL('./search.ts', import.meta.url);
  if (!existsSync(path)) return undefined;
  const module = (await import(path.href)) as Record<string, unknown>;
  const measure = (module['measureSearch'] ?? module['default']) as ((options: { siteDir: string; base: string; entries: number }) => Promise<Record<string, unknown>>) | undefined;
  if (typeof measure !== 'function') return { note: 'scripts/bench/search.ts exports no measureSearch()' };
  try {
    return await measure({ siteDir, base: '/', entries });
  } catch (error) {
    return { error: String(error) };
  }
}

export async function benchOnce(entries: number, seed: number, keep: boolean, profile = false): Promise<BenchResult> {
  // Inside the project: see tests/support/build.ts for why builds must not go to /tmp.
  const work = newBuildDir(`bench-${entries}-`);
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  writeCorpus(entries, content, seed);
  const profileDir = join(work, 'profile');
  const run = await timedBuild({
    KF_CONTENT_DIR: content,
    KF_OUT_DIR: dist,
    KF_CACHE_DIR: join(work, 'cache'),
    ...(profile ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() } : {}),
  });
  writeFileSync(join(work, 'build.log'), run.output);
  if (run.status !== 0) throw new Error(`The build of ${entries} entries failed:\n${run.output.slice(-4000)}`);
  const pages = htmlPages(listFiles(dist));
  const assets = { read: (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined) };
  const weights = pages.map((file) => weighPage(readFileSync(join(dist, file), 'utf8'), pageUrl(file, '/'), assets));
  const total = (w: PageWeight) => w.html + w.css;
  // Astro writes "915 page(s) built in 20.4s", "… in 7m 5s" or "… in 830ms".
  const rendered = /\d+ page\(s\) built in (?:(\d+)m\s+(?=\d))?(?:([\d.]+)(m?s))?/.exec(run.output);
  const result: BenchResult = {
    entries,
    pages: pages.length,
    wallMs: run.wallMs,
    renderMs: rendered ? Number(rendered[1] ?? 0) * 60_000 + Number(rendered[2] ?? 0) * (rendered[3] === 'ms' ? 1 : 1000) : undefined,
    peakRss: run.peakRss,
    peakByName: run.peakByName,
    distBytes: folderSize(dist),
    pagefindBytes: folderSize(join(dist, 'pagefind')),
    medianWeight: median(weights.map(total)),
    maxWeight: [...weights].sort((a, b) => total(b) - total(a))[0],
    search: await searchFigures(dist, entries),
  };
  if (profile) console.log(`where the build spends its time (inclusive, main thread; profiling slows the build):\n${summariseProfiles(profileDir)}`);
  if (keep) console.log(`  kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return result;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function describeResult(r: BenchResult): string {
  const lines = [
    `entries            ${r.entries}  (${Object.entries(collectionSizes(r.entries)).map(([k, v]) => `${v} ${k}`).join(', ')})`,
    `pages              ${r.pages}`,
    `build wall time    ${(r.wallMs / 1000).toFixed(1)} s`,
    `time per page      ${(r.wallMs / r.pages).toFixed(1)} ms  (rendering alone: ${r.renderMs === undefined ? 'n/a' : `${(r.renderMs / r.pages).toFixed(1)} ms`})`,
    `peak memory (RSS)  ${mb(r.peakRss)}  (build process tree; peaks by program: ${[...r.peakByName].filter(([, rss]) => rss > 20 * 1024 * 1024).map(([name, rss]) => `${name} ${mb(rss)}`).join(', ')})`,
    `dist size          ${mb(r.distBytes)}`,
    `Pagefind index     ${mb(r.pagefindBytes)}`,
    `page weight, gzip  median ${kib(r.medianWeight)} HTML+CSS; max ${r.maxWeight ? `${kib(r.maxWeight.html + r.maxWeight.css)} (${r.maxWeight.url})` : 'n/a'}`,
  ];
  if (r.search) for (const [name, value] of Object.entries(r.search)) lines.push(`search: ${name.padEnd(11)} ${typeof value === 'number' ? value.toFixed(1) : String(value)}`);
  return lines.join('\n');
}

/** One row per size, so growth reads down the columns. */
export function growthTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) =>
    [r.entries, r.pages, `${(r.wallMs / 1000).toFixed(1)} s`, `${(r.wallMs / r.pages).toFixed(1)} ms`, mb(r.peakRss), mb(r.distBytes), mb(r.pagefindBytes), kib(r.medianWeight), kib(r.maxWeight ? r.maxWeight.html + r.maxWeight.css : 0)].join(' | '),
  );
  return ['| entries | pages | build | per page | peak RSS | dist | Pagefind | median page | max page |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows.map((row) => `| ${row} |`)].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } } });
  const sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_,]/g, '')));
  console.log(`Benchmark on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${mb(totalmem())} memory, Node ${process.version}\n`);
  const results: BenchResult[] = [];
  for (const entries of sizes) {
    console.log(`— ${entries} entries —`);
    const result = await benchOnce(entries, Number(values.seed), values.keep, values.profile);
    results.push(result);
    console.log(`${describeResult(result)}\n`);
  }
  console.log(growthTable(results));
}
