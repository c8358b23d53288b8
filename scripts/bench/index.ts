/**
 * `npm run bench`: builds the site against synthetic corpora of growing size
 * and prints what it costs, then builds it and Starlight on the same generated
 * guides in alternating pairs and prints the ratios. A benchmark prints
 * figures; it does not pass or fail.
 *
 *   npm run bench                       # 100, 1,000 and 10,000 entries; Starlight side by side at 100 and 1,000 guides
 *   npm run bench -- --sizes 100,1000   # pick the sizes (Starlight at those up to 1,000 unless --starlight-sizes)
 *   npm run bench -- --sizes 100 --pairs 1     # a quick look
 *   npm run bench -- --no-starlight     # only our own figures; --no-growth: only the side-by-side
 *   npm run bench -- --no-rebuild       # skip the rebuild after editing one guide
 *   npm run bench -- --seed 7 --keep    # another corpus; keep the builds (node_modules/.cache/kf-builds/, scripts/bench/starlight/sites/)
 *   npm run bench -- --sizes 1000 --profile   # also print where the build spends its time
 */
import { appendFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { htmlPages, listFiles } from '../lib/audit/build-files.ts';
import { median, weighPage, type PageWeight } from '../lib/audit/budgets.ts';
import { pageUrl } from '../lib/audit/links.ts';
import { collectionSizes } from '../lib/corpus/generate.ts';
import { corpusFiles, writeCorpus, writeFiles } from './corpus.ts';
import { loadAverage, timedRun, type Run } from './measure.ts';
import { summariseProfiles } from './profile.ts';
import { buildPhases, describePhases, type Phases } from './phases.ts';
import {
  describeComparison,
  rebuildShare,
  type BuildCost,
  type Comparison,
  type Pair,
  type SideWeight,
} from './compare.ts';
import {
  coldStart,
  ensureStarlight,
  starlightBuildCommand,
  starlightVersions,
  writeStarlightSite,
} from './starlight.ts';
import { cleanEnvironment, newBuildDir } from '../lib/build.ts';

export type BuildRun = Run;

/** Builds with the project's Astro, on this process's Node, in a child process: timed, CPU counted, memory sampled. */
export function timedBuild(env: Record<string, string>): Promise<BuildRun> {
  return timedRun(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: process.cwd(),
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

const oneMinuteLoad = () => Number(loadAverage()?.split(' ')[0] ?? Number.NaN);

function folderSize(dir: string): number {
  return existsSync(dir) ? listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) : 0;
}

export interface BenchResult {
  entries: number;
  pages: number;
  wallMs: number;
  cpuMs: number | undefined;
  /** Astro's own "N page(s) built in X s": rendering only, without content sync and indexing. */
  renderMs: number | undefined;
  peakRss: number;
  peakByName: Map<string, number>;
  distBytes: number;
  pagefindBytes: number;
  medianWeight: number;
  maxWeight: PageWeight | undefined;
  search: Record<string, unknown> | undefined;
  /** Where the cold build's wall time went (phases.ts). */
  phases: Phases | undefined;
  /** A second build with the cache kept, after editing one guide. */
  rebuild: { wallMs: number; cpuMs: number | undefined; peakRss: number; phases: Phases | undefined } | undefined;
}

/** Search figures from scripts/bench/search.ts (the search work's own module), when it is there. */
async function searchFigures(siteDir: string, entries: number): Promise<Record<string, unknown> | undefined> {
  const path = new URL('./search.ts', import.meta.url);
  if (!existsSync(path)) return undefined;
  const module = (await import(path.href)) as Record<string, unknown>;
  const measure = (module['measureSearch'] ?? module['default']) as
    ((options: { siteDir: string; base: string; entries: number }) => Promise<Record<string, unknown>>) | undefined;
  if (typeof measure !== 'function') return { note: 'scripts/bench/search.ts exports no measureSearch()' };
  try {
    return await measure({ siteDir, base: '/', entries });
  } catch (error) {
    return { error: String(error) };
  }
}

/** Astro writes "915 page(s) built in 20.4s", "… in 7m 5s" or "… in 830ms". */
export function renderTime(output: string): number | undefined {
  const rendered = /\d+ page\(s\) built in (?:(\d+)m\s+(?=\d))?(?:([\d.]+)(m?s))?/.exec(output);
  return rendered
    ? Number(rendered[1] ?? 0) * 60_000 + Number(rendered[2] ?? 0) * (rendered[3] === 'ms' ? 1 : 1000)
    : undefined;
}

/** The first guide of a corpus folder, in name order: the one the rebuild figure edits. */
function firstGuide(content: string): string {
  const guide = listFiles(join(content, 'guides'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0];
  if (!guide) throw new Error(`No guide in ${content} to edit for the rebuild`);
  return join(content, 'guides', guide);
}

/** The words an editor adds to one guide before the rebuild: a new paragraph, valid in any guide. */
export const REBUILD_EDIT = '\nOne more sentence, added to time a rebuild after editing one guide.\n';

export async function benchOnce(
  entries: number,
  seed: number,
  keep: boolean,
  profile = false,
  rebuild = true,
): Promise<BenchResult> {
  // Inside the project: see scripts/lib/build.ts for why builds must not go to /tmp.
  const work = newBuildDir(`bench-${entries}-`);
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  writeCorpus(entries, content, seed);
  const profileDir = join(work, 'profile');
  const env = { KF_CONTENT_DIR: content, KF_OUT_DIR: dist, KF_CACHE_DIR: join(work, 'cache') };
  const run = await timedBuild({
    ...env,
    ...(profile
      ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() }
      : {}),
  });
  writeFileSync(join(work, 'build.log'), run.output);
  if (run.status !== 0) throw new Error(`The build of ${entries} entries failed:\n${run.output.slice(-4000)}`);
  const pages = htmlPages(listFiles(dist));
  const assets = {
    read: (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined),
  };
  const weights = pages.map((file) => weighPage(readFileSync(join(dist, file), 'utf8'), pageUrl(file, '/'), assets));
  const total = (w: PageWeight) => w.html + w.css;
  const result: BenchResult = {
    entries,
    pages: pages.length,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    renderMs: renderTime(run.output),
    peakRss: run.peakRss,
    peakByName: run.peakByName,
    distBytes: folderSize(dist),
    pagefindBytes: folderSize(join(dist, 'pagefind')),
    medianWeight: median(weights.map(total)),
    maxWeight: [...weights].sort((a, b) => total(b) - total(a))[0],
    search: await searchFigures(dist, entries),
    phases: buildPhases(run.lines, run.wallMs),
    rebuild: undefined,
  };
  if (profile)
    console.log(
      `where the build spends its time (inclusive, main thread; profiling slows the build):\n${summariseProfiles(profileDir)}`,
    );
  if (rebuild) {
    appendFileSync(firstGuide(content), REBUILD_EDIT);
    const again = await timedBuild(env);
    writeFileSync(join(work, 'rebuild.log'), again.output);
    if (again.status !== 0) throw new Error(`The rebuild of ${entries} entries failed:\n${again.output.slice(-4000)}`);
    result.rebuild = {
      wallMs: again.wallMs,
      cpuMs: again.cpuMs,
      peakRss: again.peakRss,
      phases: buildPhases(again.lines, again.wallMs),
    };
  }
  if (keep) console.log(`  kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return result;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const percent = (share: number) => `${Math.round(share * 100)} %`;

export function describeResult(r: BenchResult): string {
  const lines = [
    `entries            ${r.entries}  (${Object.entries(collectionSizes(r.entries))
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')})`,
    `pages              ${r.pages}`,
    `build wall time    ${seconds(r.wallMs)}  (CPU time ${seconds(r.cpuMs)})`,
    `time per page      ${(r.wallMs / r.pages).toFixed(1)} ms  (rendering alone: ${r.renderMs === undefined ? 'n/a' : `${(r.renderMs / r.pages).toFixed(1)} ms`})`,
    `peak memory (RSS)  ${mb(r.peakRss)}  (build process tree; peaks by program: ${[...r.peakByName]
      .filter(([, rss]) => rss > 20 * 1024 * 1024)
      .map(([name, rss]) => `${name} ${mb(rss)}`)
      .join(', ')})`,
    `dist size          ${mb(r.distBytes)}`,
    `Pagefind index     ${mb(r.pagefindBytes)}`,
    `cold build phases  ${r.phases ? describePhases(r.phases) : 'n/a'}`,
    `page weight, gzip  median ${kib(r.medianWeight)} HTML+CSS; max ${r.maxWeight ? `${kib(r.maxWeight.html + r.maxWeight.css)} (${r.maxWeight.url})` : 'n/a'}`,
  ];
  if (r.rebuild) {
    // On a loaded machine wall time swings with the load; the CPU share is the steadier figure.
    const cpuShare =
      r.cpuMs && r.rebuild.cpuMs !== undefined
        ? ` = ${percent(rebuildShare(r.cpuMs, r.rebuild.cpuMs))} of the cold build's`
        : '';
    lines.push(
      `rebuild, one guide edited, cache kept: ${seconds(r.rebuild.wallMs)} = ${percent(rebuildShare(r.wallMs, r.rebuild.wallMs))} of the cold build (CPU ${seconds(r.rebuild.cpuMs)}${cpuShare}; peak ${mb(r.rebuild.peakRss)})`,
      `rebuild phases     ${r.rebuild.phases ? describePhases(r.rebuild.phases) : 'n/a'}`,
    );
  }
  if (r.search)
    for (const [name, value] of Object.entries(r.search))
      lines.push(`search: ${name.padEnd(11)} ${typeof value === 'number' ? value.toFixed(1) : String(value)}`);
  return lines.join('\n');
}

/** One row per size, so growth reads down the columns. */
export function growthTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) =>
    [
      r.entries,
      r.pages,
      seconds(r.wallMs),
      seconds(r.cpuMs),
      `${(r.wallMs / r.pages).toFixed(1)} ms`,
      mb(r.peakRss),
      r.rebuild
        ? `${seconds(r.rebuild.wallMs)} (${percent(rebuildShare(r.wallMs, r.rebuild.wallMs))}; CPU ${r.cpuMs && r.rebuild.cpuMs !== undefined ? percent(rebuildShare(r.cpuMs, r.rebuild.cpuMs)) : 'n/a'})`
        : 'n/a',
      mb(r.distBytes),
      mb(r.pagefindBytes),
      kib(r.medianWeight),
      kib(r.maxWeight ? r.maxWeight.html + r.maxWeight.css : 0),
    ].join(' | '),
  );
  return [
    '| entries | pages | build | CPU | per page | peak RSS | rebuild after one edit (share of cold: wall; CPU) | dist | Pagefind | median page | max page |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** Median gzip weight of the guide pages (/toolbox/<slug>/) of a built site: the pages both sites have. */
export function weighGuides(dist: string, guideSlugs: readonly string[]): SideWeight {
  const assets = {
    read: (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined),
  };
  const weights = guideSlugs
    .map((slug) => `toolbox/${slug}/index.html`)
    .filter((file) => existsSync(join(dist, file)))
    .map((file) => weighPage(readFileSync(join(dist, file), 'utf8'), pageUrl(file, '/'), assets));
  return {
    pages: htmlPages(listFiles(dist)).length,
    weighed: weights.length,
    htmlCss: median(weights.map((w) => w.html + w.css)),
    js: median(weights.map((w) => w.js)),
  };
}

const cost = (run: Run, load: number): BuildCost => ({
  wallMs: run.wallMs,
  cpuMs: run.cpuMs,
  peakRss: run.peakRss,
  load,
});

/**
 * Our build and Starlight's on the same `guides` generated guides (and the
 * site's free-standing pages), alternately: ours, Starlight, ours, Starlight…
 * Every build starts cold: a fresh output folder and cache for ours, Starlight's
 * dist/, .astro/ and node_modules/.astro/ removed.
 */
export async function compareWithStarlight(
  guides: number,
  seed: number,
  pairs: number,
  keep: boolean,
): Promise<Comparison> {
  const files = corpusFiles(guides, seed, true);
  const guideSlugs = files.flatMap((file) => /^guides\/.*?([^/]+)\.mdx$/.exec(file.path)?.[1] ?? []);
  const work = newBuildDir(`versus-${guides}-`);
  const content = join(work, 'content');
  writeFiles(files, content);
  const starlight = writeStarlightSite(files, `${guides}-`);
  const [command, args] = starlightBuildCommand();
  const starlightEnv = { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' };
  const results: Pair[] = [];
  let weights: { ours: SideWeight; starlight: SideWeight } | undefined;
  for (let i = 1; i <= pairs; i++) {
    const dist = join(work, `dist-${i}`);
    let load = oneMinuteLoad();
    const ours = await timedBuild({
      KF_CONTENT_DIR: content,
      KF_OUT_DIR: dist,
      KF_CACHE_DIR: join(work, `cache-${i}`),
    });
    writeFileSync(join(work, `build-${i}.log`), ours.output);
    if (ours.status !== 0) throw new Error(`Our build of ${guides} guides failed:\n${ours.output.slice(-4000)}`);
    const oursCost = cost(ours, load);
    coldStart(starlight.dir);
    load = oneMinuteLoad();
    const theirs = await timedRun(command, args, { cwd: starlight.dir, env: starlightEnv });
    writeFileSync(join(starlight.dir, `build-${i}.log`), theirs.output);
    if (theirs.status !== 0)
      throw new Error(
        `Starlight's build of ${guides} guides failed (log in ${starlight.dir}):\n${theirs.output.slice(-4000)}`,
      );
    results.push({ ours: oursCost, starlight: cost(theirs, load) });
    const phases = buildPhases(ours.lines, ours.wallMs);
    console.log(
      `  pair ${i}: ours ${seconds(ours.wallMs)}, Starlight ${seconds(theirs.wallMs)}; ours: ${phases ? describePhases(phases) : 'n/a'}`,
    );
    // Page weight does not change between pairs: the first pair's output is weighed.
    weights ??= {
      ours: weighGuides(dist, guideSlugs),
      starlight: weighGuides(join(starlight.dir, 'dist'), guideSlugs),
    };
    if (!keep) for (const folder of [dist, join(work, `cache-${i}`)]) rmSync(folder, { recursive: true, force: true });
  }
  if (keep) console.log(`  kept ${work} and ${starlight.dir}`);
  else {
    rmSync(work, { recursive: true, force: true });
    rmSync(starlight.dir, { recursive: true, force: true });
  }
  return {
    guides,
    cores: cpus().length,
    pairs: results,
    ours: weights?.ours ?? emptyWeight,
    starlight: weights?.starlight ?? emptyWeight,
  };
}

const emptyWeight: SideWeight = { pages: 0, weighed: 0, htmlCss: 0, js: 0 };

/** A list of sizes as typed: `100,1000` or `1_000`. */
export function parseSizes(text: string): number[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const n = Number(s.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < 3)
        throw new Error(`--sizes: "${s}" is not a whole number of entries (at least 3)`);
      return n;
    });
}

if (import.meta.main) {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      'starlight-sizes': { type: 'string' },
      pairs: { type: 'string', default: '3' },
      starlight: { type: 'boolean', default: true },
      growth: { type: 'boolean', default: true },
      rebuild: { type: 'boolean', default: true },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  if (Number(process.versions.node.split('.')[0]) < 22) {
    console.error(
      `The bench needs the project's Node 22 (Astro 7 does); this is Node ${process.version}. Run it as \`npm run bench\`.`,
    );
    process.exit(1);
  }
  const sizes = parseSizes(values.sizes);
  // Starlight at 10,000 guides would take most of an hour for one pair: up to 1,000 unless asked.
  const starlightSizes = values['starlight-sizes']
    ? parseSizes(values['starlight-sizes'])
    : sizes.filter((n) => n <= 1000);
  const pairs = Number(values.pairs);
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`--pairs: "${values.pairs}" is not a whole number of at least 1`);
  const seed = Number(values.seed);
  console.log(
    `Benchmark on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${mb(totalmem())} memory, Node ${process.version}; load average ${loadAverage() ?? 'n/a'}\n`,
  );

  if (values.growth) {
    const results: BenchResult[] = [];
    for (const entries of sizes) {
      console.log(`— ${entries} entries —`);
      const result = await benchOnce(entries, seed, values.keep, values.profile, values.rebuild);
      results.push(result);
      console.log(`${describeResult(result)}\n`);
    }
    console.log(`${growthTable(results)}\n`);
  }

  if (values.starlight && starlightSizes.length > 0) {
    ensureStarlight();
    const versions = starlightVersions();
    for (const guides of starlightSizes) {
      console.log(
        `— side by side with Starlight ${versions.starlight} (Astro ${versions.astro}): ${guides} guides, ${pairs} pair${pairs === 1 ? '' : 's'}; load average ${loadAverage() ?? 'n/a'} —`,
      );
      const comparison = await compareWithStarlight(guides, seed, pairs, values.keep);
      console.log(`${describeComparison(comparison)}\n  load average after: ${loadAverage() ?? 'n/a'}\n`);
    }
  }
}
