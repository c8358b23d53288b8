/**
 * A build either replaces the whole site or leaves the last one as it was:
 * Astro writes into a sibling folder (`dist` → `.dist-building`), and only
 * when every integration has finished (this one runs last) is it swapped in
 * for the old folder. A build that fails at any step leaves the old `dist/`
 * untouched; its half-written folder is removed when the next build starts.
 * The site a build replaced waits in `.dist-previous` until the next build
 * removes it, beside that build's start-up: removing thousands of files at the
 * end of a build only made the build longer.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where a build into `outDir` writes until it succeeds; and where the old site waits to be removed. */
export function stagingDirs(outDir: string): { building: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { building: join(parent, `.${name}-building`), previous: join(parent, `.${name}-previous`) };
}

/** Moves the finished build into place, and the old site to `previous`, which must not exist. */
export function swapInto(outDir: string, building: string, previous: string): void {
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(building, outDir);
}

export function buildWholeIntegration(): AstroIntegration {
  let target: { outDir: string; building: string; previous: string; cleared: Promise<void> } | undefined;
  return {
    name: 'kf:build-whole',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        const { building, previous } = stagingDirs(outDir);
        rmSync(building, { recursive: true, force: true });
        // Off the main thread, while Astro starts; awaited before the swap.
        const cleared = rm(previous, { recursive: true, force: true });
        target = { outDir, building, previous, cleared };
        updateConfig({ outDir: pathToFileURL(`${building}/`) });
      },
      'astro:build:done': async ({ logger }) => {
        if (!target) return;
        await target.cleared;
        swapInto(target.outDir, target.building, target.previous);
        logger.info(`site written to ${target.outDir}`);
      },
    },
  };
}
