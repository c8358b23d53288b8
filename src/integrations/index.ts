/**
 * The site's one integration (astro.config.mjs lists only it): it installs the
 * others in the order they need, so the order lives here, in code, with its
 * reasons, as Starlight's own integration installs its parts.
 */
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../lib/config.ts';
import { validateContentIntegration } from './validate-content.ts';
import { redirectsIntegration } from './redirects.ts';
import { renderedPagesIntegration } from './rendered-pages.ts';
import { pageCspIntegration } from './page-csp.ts';
import { pagefindIntegration } from './pagefind.ts';
import { qrCodesIntegration } from './qr-codes.ts';
import { buildWholeIntegration } from './build-whole.ts';
import { BuildEntries } from '../pipeline/build-entries.ts';
import { sharedModules } from './shared-modules.ts';

/** The integrations in the order they must run; each hook of each runs in this order. */
export function siteIntegrations(config: Pick<SiteConfig, 'contentDir' | 'site' | 'base'>): AstroIntegration[] {
  // The entries the build's check validated, for the hooks that run after it: shared through this closure.
  const entries = new BuildEntries(config.contentDir);
  return [
    // First: the content check starts with the build, and the loaders and page generation wait for it.
    validateContentIntegration(config.contentDir, entries),
    redirectsIntegration({ contentDir: config.contentDir, site: config.site, base: config.base, entries }),
    // Shows each rendered page to the three after it, in their order, before Astro writes it.
    renderedPagesIntegration(),
    // Each page's policy keeps only the hashes of its own inline code (Astro lists the whole build's on every page);
    // before the indexer and the QR codes, which see the page as it will be written.
    pageCspIntegration(),
    pagefindIntegration(entries),
    qrCodesIntegration(),
    // Last: only a build every integration finished replaces dist/.
    buildWholeIntegration(),
  ];
}

/** `integrations: [knowledgeFactory(readConfig())]` */
export function knowledgeFactory(config: Pick<SiteConfig, 'contentDir' | 'site' | 'base'>): AstroIntegration {
  return {
    name: 'kf:knowledge-factory',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [sharedModules()] }, integrations: siteIntegrations(config) });
      },
    },
  };
}
