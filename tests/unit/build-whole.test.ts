import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildWholeIntegration, stagingDirs } from '../../src/integrations/build-whole.ts';

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the integration's hooks the way `astro build` does, writing `pages` where Astro would. */
async function build(outDir: string, pages: Record<string, string>, finishes: boolean): Promise<void> {
  const integration = buildWholeIntegration();
  let written = outDir;
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command: 'build',
    config: { outDir: pathToFileURL(`${outDir}/`) },
    updateConfig: (config: { outDir: URL }) => (written = fileURLToPath(config.outDir)),
  });
  mkdirSync(written, { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(written, name), text);
  if (!finishes) return;
  await (integration.hooks['astro:build:done'] as Hooks['astro:build:done'])({ logger: { info: () => {} } } as never);
}

describe('builds that replace the site whole', () => {
  it('writes somewhere else and swaps the finished site in, keeping the one it replaced until the next build', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'kf-whole-')), 'dist');
    await build(outDir, { 'index.html': 'first' }, true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
    await build(outDir, { 'index.html': 'second' }, true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('second');
    expect(existsSync(stagingDirs(outDir).building)).toBe(false);
    expect(readFileSync(join(stagingDirs(outDir).previous, 'index.html'), 'utf8')).toBe('first');
    await build(outDir, { 'index.html': 'third' }, true);
    expect(readFileSync(join(stagingDirs(outDir).previous, 'index.html'), 'utf8')).toBe('second');
  });

  it('leaves the previous site untouched when a build fails half-way, and clears the half-written folder on the next build', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'kf-whole-')), 'dist');
    await build(outDir, { 'index.html': 'good' }, true);
    await build(outDir, { 'index.html': 'half', 'broken.html': 'x' }, false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('good');
    expect(existsSync(join(outDir, 'broken.html'))).toBe(false);
    await build(outDir, { 'other.html': 'next' }, true);
    expect(existsSync(join(outDir, 'broken.html'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(readFileSync(join(outDir, 'other.html'), 'utf8')).toBe('next');
  });

  it('leaves dev and preview alone', () => {
    const integration = buildWholeIntegration();
    let updated = false;
    (integration.hooks['astro:config:setup'] as (options: unknown) => void)({
      command: 'dev',
      config: { outDir: pathToFileURL('/tmp/x/') },
      updateConfig: () => (updated = true),
    });
    expect(updated).toBe(false);
  });
});
