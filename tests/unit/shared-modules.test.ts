import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SHARED_MODULES, sharedModules } from '../../src/integrations/shared-modules.ts';

const plugin = sharedModules();
const resolveId = plugin.resolveId as (id: string) => { id: string; external: boolean } | undefined;
const configEnvironment = plugin.configEnvironment as (
  name: string,
  options: { consumer?: string; resolve?: { builtins?: unknown[] } },
) => { resolve: { builtins: (string | RegExp)[] } } | undefined;

describe('the modules the build shares with the code Vite loads', () => {
  it('resolves each virtual id to its own file, left outside the bundle', () => {
    for (const [id, url] of Object.entries(SHARED_MODULES)) {
      expect(existsSync(fileURLToPath(url)), id).toBe(true);
      expect(resolveId(id)).toEqual({ id: url.href, external: true });
    }
    expect(resolveId('./other.ts')).toBeUndefined();
  });

  it('has Vite’s module runner hand the shared files to Node, with Node’s own modules, and leaves the browser alone', () => {
    const builtins = configEnvironment('ssr', {})?.resolve.builtins ?? [];
    for (const url of Object.values(SHARED_MODULES)) expect(builtins).toContain(url.href);
    expect(builtins).toContain('fs');
    expect(builtins.some((b) => b instanceof RegExp && b.test('node:fs'))).toBe(true);
    expect(configEnvironment('client', { consumer: 'client' })).toBeUndefined();
  });

  it('are typed as the files they resolve to', () => {
    const paths = (
      JSON.parse(readFileSync('tsconfig.json', 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
        compilerOptions: { paths: Record<string, string[]> };
      }
    ).compilerOptions.paths;
    for (const [id, url] of Object.entries(SHARED_MODULES))
      expect(paths[id]?.map((path) => new URL(path, `file://${process.cwd()}/`).href)).toEqual([url.href]);
  });
});
