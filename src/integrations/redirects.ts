/**
 * After the build, writes a redirect page at every `redirectFrom` path, then
 * holds the build to its contract: every address in the published-URL
 * manifest must exist in the output, as a page or as a redirect.
 *
 * Not Astro's own `redirects` setting, for two reasons: it must be given when
 * the config is set up, before the content check (on its own thread) has read
 * the `redirectFrom` fields, so it would need a second reading of the content;
 * and Astro 7's static redirect page (astro/dist/core/routing/3xx.js) has no
 * `<html lang>` and no policy, which the site's audits (axe, the W3C checker,
 * the CSP check) refuse on every page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildEntries } from '../pipeline/build-entries.ts';
import { isPageEntry } from '../pipeline/validate.ts';
import { redirectPage, redirectsOf } from '../pipeline/redirects.ts';
import { entryPath } from '../pipeline/checker/publication-map.ts';
import { manifestPath, missingFromBuild, outputFile, readManifest } from '../pipeline/checker/manifest.ts';
import { ContentError } from './validate-content.ts';
import { sitePath } from '../schemas/shared.ts';

/** True when `file` lies inside `dir`: a redirect page is never written anywhere else, whatever its path. */
function isInside(dir: string, file: string): boolean {
  const path = relative(dir, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

export function redirectsIntegration(options: {
  contentDir: string;
  entries: BuildEntries;
  site: string;
  base: string;
  root?: string;
}): AstroIntegration {
  return {
    name: 'kf:redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const root = options.root ?? process.cwd();
        const entries = options.entries.get();
        const redirects = redirectsOf(
          entries.filter(isPageEntry).map((entry) => ({ data: entry.data, path: entryPath(entry) })),
        );
        for (const redirect of redirects) {
          const file = join(outDir, outputFile(redirect.from));
          // The content check refuses such paths; this keeps the writer safe on its own.
          if (!sitePath.safeParse(redirect.from).success || !isInside(outDir, file))
            throw new ContentError(
              `Refusing to write a redirect page at ${redirect.from}: it is not a site path inside the build.`,
            );
          // Never overwrite a real page; the content check reports a redirect that collides with one.
          if (existsSync(file)) continue;
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(redirect, options.site, options.base));
        }
        if (redirects.length > 0)
          logger.info(`${redirects.length} redirect page${redirects.length === 1 ? '' : 's'} written`);
        const manifest = readManifest(manifestPath(options.contentDir, root));
        if (!manifest) return;
        const missing = missingFromBuild(manifest.manifest, outDir);
        if (missing.length > 0) {
          throw new ContentError(
            `The site no longer publishes ${missing.length} address${missing.length === 1 ? '' : 'es'} listed in the published-URL manifest; links to them would break:\n${missing.map((p) => `  ${p}`).join('\n')}\nMove a page with redirectFrom in the frontmatter of the page that replaces it, or restore the route.`,
          );
        }
      },
    },
  };
}
