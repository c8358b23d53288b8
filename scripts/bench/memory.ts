/**
 * Peak memory of a process and everything it starts (Astro, its workers,
 * Pagefind's binary), by polling /proc: /usr/bin/time reports only the
 * largest single process, not the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may contain spaces and parentheses: read fields after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(parent, [...(byParent.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return byParent;
}

/** Resident memory, in bytes, of a process and all its descendants now. */
export function treeRss(pid: number): number {
  const byParent = children();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      total += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...(byParent.get(current) ?? []));
  }
  return total;
}

/** Samples the tree's memory every `intervalMs` until stopped; `stop()` returns the peak in bytes. */
export function watchPeakRss(pid: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
