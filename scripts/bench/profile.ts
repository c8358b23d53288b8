/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of a build: where the time
 * goes, by function including what it calls, so a slow component or a
 * per-page `git`/collection call stands out. Used by `npm run bench -- --profile`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `…/chunks/site-data_Ay9xvDcH.mjs` is `site-data`; `file:///…/node_modules/yaml/dist/x.js` is `yaml/dist/x.js`. */
function place(url: string): string {
  if (url === '') return '';
  const inModules = (url.split('node_modules/').pop() ?? url).replace(`file://${process.cwd()}/`, '');
  return inModules.replace(/^.*\/(chunks|\.prerender)\//, '').replace(/_[A-Za-z0-9-]{8}\.mjs$/, '');
}

/** Milliseconds spent in each function and everything it called, largest first. */
export function inclusiveTimes(profile: Profile): [string, number][] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  for (const [id, micros] of self) {
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      const frame = nodes.get(current)?.callFrame;
      if (!frame) break;
      const key = `${frame.functionName || '(anonymous)'} ${place(frame.url)}`.trim();
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + micros / 1000);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The largest profile in a folder (the build's main thread), summarised in `count` lines. */
export function summariseProfiles(dir: string, count = 25): string {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name));
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!largest) return `no .cpuprofile in ${dir}`;
  const times = inclusiveTimes(JSON.parse(readFileSync(largest, 'utf8')) as Profile);
  const skip = /^\((root|program|idle|garbage collector)\)|^(processTicksAndRejections|runMicrotasks|\(anonymous\)) /;
  return times
    .filter(([name]) => !skip.test(name))
    .slice(0, count)
    .map(([name, ms]) => `${(ms / 1000).toFixed(1).padStart(7)} s  ${name}`)
    .join('\n');
}
