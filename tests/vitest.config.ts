import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the real site once for every test that reads dist/ or drives a browser.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Two cores: browser and build tests compete for them, so keep the pool small.
    maxWorkers: 2,
  },
});
