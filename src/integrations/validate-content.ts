/**
 * Runs the content validator before Astro reads a single file, so bad content
 * stops the build with every problem listed, and never yields a partial site.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../pipeline/checker/index.ts';
import { rememberEntries } from '../pipeline/build-entries.ts';
import { formatAnnotation, formatReport, sortProblems } from '../pipeline/problems.ts';
import { ContentError } from '../pipeline/body-loader.ts';

export { ContentError };

export function validateContentIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'kf:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // The same check as `npm run check`: schemas, references, safe MDX, links, anchors and published URLs,
        // and every body through the renderer the content loaders use, so a body that passes renders.
        const { entries, problems } = await checkContent(contentDir, {
          cacheDir: fileURLToPath(config.cacheDir),
          base: config.base,
        });
        if (problems.length === 0) {
          rememberEntries(contentDir, process.cwd(), entries);
          return;
        }
        const report = formatReport(problems);
        if (process.env['GITHUB_ACTIONS'] === 'true') {
          for (const problem of sortProblems(problems)) console.log(formatAnnotation(problem));
        }
        // In dev, show the problems but keep serving so the author sees the rest of the site.
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new ContentError(report);
      },
    },
  };
}
