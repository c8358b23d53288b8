/**
 * Build-only middleware (page-middleware.ts) that shows each rendered HTML
 * page to the build's own integrations before Astro writes it: page-csp.ts
 * prunes its policy, qr-codes.ts writes its QR code, pagefind.ts hands it to
 * the search indexer. One middleware reads each page once; the integrations
 * register what they do with it (page-handlers.ts) in the order they are
 * installed (src/integrations/index.ts).
 */
import type { AstroIntegration } from 'astro';

/** Adds the middleware to builds; installed before the integrations that register handlers (src/integrations/index.ts). */
export function renderedPagesIntegration(): AstroIntegration {
  return {
    name: 'kf:rendered-pages',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ order: 'post', entrypoint: new URL('./page-middleware.ts', import.meta.url) });
      },
    },
  };
}
