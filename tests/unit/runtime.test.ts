import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Astro 7 needs Node 22.12 or newer. */
const ASTRO_MINIMUM = [22, 12] as const;

const version = (text: string) => text.split('.').map(Number) as [number, number, number];
const atLeast = (actual: readonly number[], minimum: readonly number[]) => {
  for (const [i, part] of minimum.entries()) if ((actual[i] ?? 0) !== part) return (actual[i] ?? 0) > part;
  return true;
};

describe('the pinned runtime', () => {
  const engines =
    (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines
      ?.node ?? '';

  it('declares in package.json a Node range that starts at or above what Astro needs', () => {
    const floor = /^>=\s*(\d+\.\d+(\.\d+)?)$/.exec(engines)?.[1];
    expect(floor, `engines.node is "${engines}"; write it as ">=22.12.0" or higher`).toBeDefined();
    expect(
      atLeast(version(floor ?? '0'), ASTRO_MINIMUM),
      `engines.node ${engines} allows a Node older than ${ASTRO_MINIMUM.join('.')}`,
    ).toBe(true);
  });

  it('runs npm scripts on a Node the project accepts (the one it brings), not an older system Node', () => {
    const floor = version(/(\d+\.\d+(\.\d+)?)/.exec(engines)?.[1] ?? ASTRO_MINIMUM.join('.'));
    expect(
      atLeast(version(process.versions.node), floor),
      `Node ${process.versions.node} is older than ${engines}`,
    ).toBe(true);
    expect(atLeast(version(process.versions.node), ASTRO_MINIMUM)).toBe(true);
  });
});
