/**
 * Each page's Content-Security-Policy names only the inline scripts and styles
 * that page carries. Astro lists the hash of every inline script and style of
 * the whole build in every page's policy (trackScriptHashes/trackStyleHashes
 * work per build, not per page), so each page allowed code it does not have
 * and carried about 0.7 KB of incompressible hashes. Every page keeps the
 * hashes that match its own inline elements and drops the rest, as it is
 * rendered (a handler of rendered-pages.ts), and any HTML file written otherwise is
 * pruned after the build: nothing is ever added, so the policy can only get
 * stricter.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageUrl, pageUrlOf } from '../lib/search/page-html.ts';
import { registerPageHandler, unregisterPageHandler } from './page-handlers.ts';
import { prunePagePolicy } from './page-csp-prune.ts';

export function pageCspIntegration(): AstroIntegration {
  let base = '/';
  let pruned = new Set<string>();
  return {
    name: 'kf:page-csp',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        pruned = new Set();
        registerPageHandler('kf:page-csp', {
          transform({ pathname, html }) {
            pruned.add(pageUrlOf(pathname, base));
            return prunePagePolicy(html);
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        unregisterPageHandler('kf:page-csp');
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html') || pruned.has(pageUrl(file))) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const result = prunePagePolicy(html);
          if (result !== html) writeFileSync(path, result);
        }
      },
    },
  };
}
