/**
 * Peak memory of a process and everything it starts (Astro, its workers,
 * Pagefind's binary), by polling /proc: /usr/bin/time reports only the
 * largest single process, not the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

interface ProcessInfo {
  parent: number;
  /** The executable's name, e.g. `node` or `pagefind_extended`. */
  name: string;
}

function processes(): Map<number, ProcessInfo> {
  const all = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The name may contain spaces and parentheses: read the fields after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      all.set(Number(entry), { parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), name });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return all;
}

export interface TreeMemory {
  /** Resident bytes of the whole tree. */
  total: number;
  /** Resident bytes per executable name. */
  byName: Map<string, number>;
}

/** Resident memory, in bytes, of a process and all its descendants now. */
export function treeRss(pid: number): TreeMemory {
  const all = processes();
  const memory: TreeMemory = { total: 0, byName: new Map() };
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const rss = Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      const name = all.get(current)?.name ?? '?';
      memory.total += rss;
      memory.byName.set(name, (memory.byName.get(name) ?? 0) + rss);
    } catch {
      // Ended meanwhile.
    }
    for (const [child, info] of all) if (info.parent === current) stack.push(child);
  }
  return memory;
}

/** Samples the tree's memory until stopped; `stop()` returns the peak of the tree and of each executable. */
export function watchPeakRss(pid: number, intervalMs = 100): { stop(): TreeMemory } {
  const peak: TreeMemory = { total: 0, byName: new Map() };
  const sample = () => {
    const now = treeRss(pid);
    peak.total = Math.max(peak.total, now.total);
    for (const [name, rss] of now.byName) peak.byName.set(name, Math.max(peak.byName.get(name) ?? 0, rss));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
