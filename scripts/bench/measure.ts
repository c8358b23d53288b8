/**
 * Runs one program (a build) and measures what it costs: wall time, CPU time
 * of the program and every process it started, and peak resident memory of
 * that process tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { watchPeakRss } from './memory.ts';
import { lineClock, type TimedLine } from './phases.ts';

export interface Run {
  status: number | null;
  wallMs: number;
  /** User plus system CPU time of the program and its descendants (on Linux; undefined elsewhere). */
  cpuMs: number | undefined;
  /** Peak resident bytes of the process tree. */
  peakRss: number;
  /** Peak resident bytes per executable (node, pagefind…). */
  peakByName: Map<string, number>;
  output: string;
  /** The output's lines, each with when it arrived (phases.ts). */
  lines: TimedLine[];
}

/**
 * CPU time, in clock ticks, of this process's children that have ended and been
 * waited for: fields 16 and 17 (cutime, cstime) of /proc/self/stat. A child's
 * figure includes its own waited-for descendants, so the difference across one
 * run is the whole build's CPU time, worker threads and Pagefind included.
 *
 *   childrenCpuTicks('1 (node) S 0 0 0 0 -1 0 0 0 0 0 5 6 70 80 …') === 150
 */
export function childrenCpuTicks(stat: string): number {
  // The command name may hold spaces and parentheses: count fields after the last ')', where field 3 is at index 0.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[16 - 3]) + Number(fields[17 - 3]);
}

let ticksPerSecond: number | undefined;

function readChildrenCpuMs(): number | undefined {
  try {
    ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    return (childrenCpuTicks(readFileSync('/proc/self/stat', 'utf8')) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command` and resolves when it has ended. Run one at a time: the CPU
 * figure is the change in this process's children's time, so two runs at once
 * would be charged each other's time.
 */
export function timedRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<Run> {
  return new Promise((resolve) => {
    const cpuBefore = readChildrenCpuMs();
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = watchPeakRss(child.pid ?? 0);
    let output = '';
    const clock = lineClock(started);
    const take = (chunk: Buffer) => {
      output += chunk;
      clock.feed(String(chunk));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      const peak = memory.stop();
      const cpuAfter = readChildrenCpuMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ status, wallMs, cpuMs, peakRss: peak.total, peakByName: peak.byName, output, lines: clock.lines });
    });
  });
}

/** The load average over 1, 5 and 15 minutes, as /proc/loadavg gives it, or undefined off Linux. */
export function loadAverage(): string | undefined {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return undefined;
  }
}
