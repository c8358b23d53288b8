// @ts-check
import { defineConfig } from 'astro/config';
import { readConfig } from './src/lib/config.ts';
import { PAGE_CSP_DIRECTIVES } from './src/lib/security-policy.ts';
import { knowledgeFactory } from './src/integrations/index.ts';

const config = readConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  publicDir: config.publicDir,
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Entry bodies are not Markdown modules: the content loaders store them as finished HTML (src/pipeline/render),
  // with heading ids and self-links, anchor aliases, base paths and glossary <abbr> already applied.
  markdown: { syntaxHighlight: false },
  // The content check, redirects, per-page CSP, search index, QR codes and the whole-dist swap, in their order.
  integrations: [knowledgeFactory(config)],
  // A page whose cache key (src/lib/page-keys.ts) and code are unchanged since the last build is copied from the
  // cache, not rendered: after editing one guide's text, only that guide's pages and the unkeyed pages are rendered.
  experimental: { incrementalBuild: true },
  security: {
    // Nothing but the site itself may load or run; Astro hashes our own scripts and styles.
    csp: {
      // One list for the pages and for the check of public/_headers (src/lib/security-policy.ts).
      directives: [...PAGE_CSP_DIRECTIVES],
    },
  },
});
