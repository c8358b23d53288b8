import { describe, expect, it } from 'vitest';
import { childrenCpuTicks } from '../../scripts/bench/measure.ts';

// Fields of /proc/<pid>/stat after the command name: state (3) … utime (14), stime (15), cutime (16), cstime (17) …
const stat = (name: string, utime: number, stime: number, cutime: number, cstime: number) =>
  `4242 (${name}) S 1 4242 4242 0 -1 4194560 100 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 100 1000 50`;

describe('childrenCpuTicks', () => {
  it('adds the user and system time of waited-for children, not the process’s own', () => {
    expect(childrenCpuTicks(stat('node', 5, 6, 70, 80))).toBe(150);
  });

  it('reads the fields after the last parenthesis, whatever the command name holds', () => {
    expect(childrenCpuTicks(stat('a) b (c', 1, 2, 3, 4))).toBe(7);
  });
});
