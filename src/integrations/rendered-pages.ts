/**
 * Build-only middleware (page-middleware.ts) that shows each rendered HTML
 * page to the build's own integrations before Astro writes it: page-csp.ts
 * prunes its policy, qr-codes.ts writes its QR code, pagefind.ts hands it to
 * the search indexer. One middleware reads each page once; the integrations
 * register what they do with it (page-handlers.ts) in the order they are
 * installed (src/integrations/index.ts).
 *
 * A page Astro copies from its incremental cache (src/lib/page-keys.ts) is not
 * rendered, so the middleware never sees it: when the build is done, each such
 * page is read as written and shown to the same handlers, before theirs finish.
 * When the cache holds a previous build, every page is shown that way, in
 * Astro's order, so the search index is the one a cold build makes
 * (page-handlers.ts, startShowingPages).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { showWrittenPage, startShowingPages, wasRendered, wasShown } from './page-handlers.ts';

/** How a build says it copied pages from the cache; the bench and the tests read the count back with it. */
export const copiedPagesLine = (count: number) =>
  `${count} pages unchanged since the last build were copied, not rendered`;
export const COPIED_PAGES = /(\d+) pages unchanged since the last build were copied/;

/** The file Astro wrote for a page it lists as `name` (`toolbox/pcp/`, `404/`), or undefined for a non-HTML page. */
export function writtenPageFile(outDir: string, name: string): string | undefined {
  const candidates = [join(outDir, name, 'index.html'), join(outDir, `${name.replace(/\/$/, '')}.html`)];
  return candidates.find((file) => existsSync(file));
}

/** Adds the middleware to builds; installed before the integrations that register handlers (src/integrations/index.ts). */
export function renderedPagesIntegration(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  let cacheManifest = '';
  return {
    name: 'kf:rendered-pages',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site === undefined ? undefined : new URL(config.site);
        // Where Astro keeps the list of the pages it can copy (astro/dist/core/build/incremental.js).
        cacheManifest = fileURLToPath(new URL('incremental-build.json', config.cacheDir));
        if (command === 'build')
          addMiddleware({ order: 'post', entrypoint: new URL('./page-middleware.ts', import.meta.url) });
      },
      'astro:build:start': () => {
        startShowingPages({ whenDone: existsSync(cacheManifest) });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        let copied = 0;
        for (const { pathname: name } of pages) {
          const pathname = `${base}${name}`;
          if (wasShown(pathname)) continue;
          const file = writtenPageFile(outDir, name);
          if (file === undefined) continue;
          const canonical = new URL(pathname, site ?? 'http://localhost/').href;
          await showWrittenPage({ pathname, canonical, html: readFileSync(file, 'utf8') });
          if (!wasRendered(pathname)) copied++;
        }
        if (copied > 0) logger.info(copiedPagesLine(copied));
      },
    },
  };
}
