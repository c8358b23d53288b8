// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readConfig } from './src/lib/config.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { redirectsIntegration } from './src/integrations/redirects.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, headingLinks } from './src/lib/markdown/heading-links.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { glossaryAbbrPlugin, readGlossaryTerms } from './src/lib/glossary-plugin.ts';
import { requireImageAlt } from './src/lib/image-alt.ts';
import { join } from 'node:path';

const config = readConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Shiki colours code with inline styles, which the CSP forbids; code blocks stay plain.
  markdown: {
    syntaxHighlight: false,
    // MDX inherits this processor: heading ids, section self-links and anchor aliases, and site paths under the base path;
    // then <abbr> on the first use of each glossary acronym, and a build error for an image without alt text.
    processor: satteri({ hastPlugins: [baseLinks(config.base), headingLinks(), glossaryAbbrPlugin(readGlossaryTerms(join(config.contentDir, 'glossary.yaml'))), requireImageAlt] }),
  },
  integrations: [validateContentIntegration(config.contentDir), mdx(), redirectsIntegration({ contentDir: config.contentDir, site: config.site, base: config.base }), pagefindIntegration(config.contentDir)],
  security: {
    // Nothing but the site itself may load or run; Astro hashes our own scripts and styles.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
