/**
 * Gives the code Vite loads (the pages' middleware, src/content.config.ts's
 * loaders) the very module instances the integrations hold, so the build's
 * state passes between them without globals. Astro loads astro.config.mjs, and
 * so the integrations, with Node; Vite bundles or runs the rest as copies of
 * their own. Each `virtual:kf/…` id resolves to its module's file URL, left
 * external in a bundle and handed to Node by Vite's module runner: Node loads
 * that file once, and both sides import the same instance. Starlight hands its configuration to runtime code through
 * virtual modules in the same way.
 */
import { builtinModules } from 'node:module';
import type { Plugin } from 'vite';

/** The shared modules, by virtual id; tsconfig.json's `paths` gives them their types. */
export const SHARED_MODULES: Readonly<Record<string, URL>> = {
  'virtual:kf/session': new URL('../pipeline/session.ts', import.meta.url),
  'virtual:kf/page-handlers': new URL('./page-handlers.ts', import.meta.url),
};

/**
 * Ids Vite's module runner hands to Node instead of running itself: Vite's default for server code (Node's
 * modules, `node:` and `bun:` ids), and the shared modules' file URLs, which it would otherwise run as copies.
 */
const RUNNER_BUILTINS = [...builtinModules, /^node:/, /^bun:/, ...Object.values(SHARED_MODULES).map((url) => url.href)];

export function sharedModules(): Plugin {
  return {
    name: 'kf:shared-modules',
    enforce: 'pre',
    // Left external in a build's bundle (the pages' middleware) as in the module runner (content.config.ts).
    resolveId(id) {
      const url = SHARED_MODULES[id];
      return url ? { id: url.href, external: true } : undefined;
    },
    configEnvironment(name, options) {
      if (name === 'client' || options.consumer === 'client' || options.resolve?.builtins) return undefined;
      return { resolve: { builtins: RUNNER_BUILTINS } };
    },
  };
}
