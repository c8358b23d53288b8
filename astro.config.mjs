// @ts-check
import { defineConfig } from 'astro/config';
import { readConfig } from './src/lib/config.ts';
import { PAGE_CSP_DIRECTIVES } from './src/lib/security-policy.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { redirectsIntegration } from './src/integrations/redirects.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { buildWholeIntegration } from './src/integrations/build-whole.ts';
import { pageCspIntegration } from './src/integrations/page-csp.ts';
import { qrCodesIntegration } from './src/integrations/qr-codes.ts';
import { renderedPagesIntegration } from './src/integrations/rendered-pages.ts';

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
  // build-whole runs last: only a build every integration finished replaces dist/.
  integrations: [
    validateContentIntegration(config.contentDir),
    redirectsIntegration({ contentDir: config.contentDir, site: config.site, base: config.base }),
    // Shows each rendered page to the three below, in this order, before Astro writes it.
    renderedPagesIntegration(),
    // Each page's policy keeps only the hashes of its own inline code (Astro lists the whole build's on every page).
    pageCspIntegration(),
    pagefindIntegration(config.contentDir),
    qrCodesIntegration(),
    buildWholeIntegration(),
  ],
  security: {
    // Nothing but the site itself may load or run; Astro hashes our own scripts and styles.
    csp: {
      // One list for the pages and for the check of public/_headers (src/lib/security-policy.ts).
      directives: [...PAGE_CSP_DIRECTIVES],
    },
  },
});
