/**
 * The project of the differential test (render-differential.test.ts): Astro's own Vite config with the MDX
 * integration, so a test can import an .mdx file and get the module `@astrojs/mdx` compiles, as a site using it
 * would. No other Astro config: not the site's (its integrations run the content check and the build's
 * machinery), only the Markdown settings the site's bodies are rendered with.
 */
import { getViteConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { scaled } from '../support/time-limits.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default getViteConfig(
  {
    test: {
      name: 'reference',
      root,
      include: ['tests/reference/**/*.test.ts'],
      // As the other projects: limits for an idle machine, scaled to the load (support/time-limits.ts).
      testTimeout: scaled(30_000),
      hookTimeout: scaled(60_000),
    },
  },
  {
    configFile: false,
    root,
    integrations: [mdx()],
    // As astro.config.mjs: no syntax highlighting (GFM and smart punctuation are on in both, by default).
    markdown: { syntaxHighlight: false },
    logLevel: 'warn',
  },
);
