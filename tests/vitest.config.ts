import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { scaled } from './support/time-limits.ts';
import { SHARED_MODULES } from '../src/integrations/shared-modules.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // Tests import the modules the build shares with Vite's copies (src/integrations/shared-modules.ts) as files.
  resolve: {
    alias: Object.fromEntries(Object.entries(SHARED_MODULES).map(([id, url]) => [id, fileURLToPath(url)])),
  },
  test: {
    // Limits for an idle machine, scaled to the load when the run starts (support/time-limits.ts).
    testTimeout: scaled(30_000),
    hookTimeout: scaled(240_000),
    // Vitest's default of 1 s fails a poll whose single browser round trip takes longer on a busy machine.
    expect: { poll: { timeout: scaled(5_000) } },
    // Two cores: browser and build tests compete for them, so keep the pool small.
    maxWorkers: 2,
    projects: [
      // The site's renderer against @astrojs/mdx, in Astro's own Vite config (tests/reference/vitest.config.ts).
      'tests/reference/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // No unit test mocks modules, stubs globals or changes process.env, so one worker may run
          // many files: a fresh worker per file cost about 0.25 s of CPU for each of 85 files.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          root,
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the real site once for every test that reads dist/ or drives a browser.
          globalSetup: ['tests/support/global-setup.ts'],
          // As for unit tests: no file mocks, stubs or changes process.env, and each keeps its browser,
          // server and builds in its own hooks; a worker per file re-imported Playwright and the audits.
          isolate: false,
        },
      },
    ],
  },
});
