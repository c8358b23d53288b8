/**
 * Runs the content validator as the build starts, so bad content stops the
 * build with every problem listed, and never yields a partial site. In a build
 * the check runs on its own thread beside Astro's start; the content loaders
 * wait for it, and so does the start of page generation.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '../pipeline/checker/index.ts';
import { checkInThread } from '../pipeline/checker/thread.ts';
import type { BuildEntries } from '../pipeline/build-entries.ts';
import { formatAnnotation, formatReport, sortProblems } from '../pipeline/problems.ts';
import type { Problem } from '../pipeline/problems.ts';
import { ContentError } from '../pipeline/problems.ts';
import { publishHeaders } from '../pipeline/public/headers-file.ts';
import { awaitSession, rememberPendingSession, rememberSession, type Session } from '../pipeline/session.ts';

export { ContentError };

function annotate(problems: readonly Problem[]): void {
  if (process.env['GITHUB_ACTIONS'] !== 'true') return;
  for (const problem of sortProblems(problems)) console.log(formatAnnotation(problem));
}

export function validateContentIntegration(contentDir: string, build: BuildEntries): AstroIntegration {
  let base = '/';
  return {
    name: 'kf:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        base = config.base;
        // The same check as `npm run check`: schemas, references, safe MDX, links, anchors and published URLs,
        // and every body through the renderer the content loaders use, so a body that passes renders.
        const options: CheckOptions = {
          root: process.cwd(),
          cacheDir: fileURLToPath(config.cacheDir),
          base: config.base,
          publicDir: fileURLToPath(config.publicDir),
        };
        if (command === 'build') {
          const session = checkInThread(contentDir, options).then(({ entries, problems, renderings }): Session => {
            if (problems.length > 0) {
              annotate(problems);
              throw new ContentError(formatReport(problems));
            }
            build.remember(entries);
            rememberSession(contentDir, entries, renderings);
            return { entries, renderings };
          });
          // Reported where the build waits for it: by the content loaders, or at the latest before any page is written.
          session.catch(() => undefined);
          rememberPendingSession(contentDir, session);
          return;
        }
        // Outside a build the check runs here; loaded only then, as a build's thread loads it for itself.
        const { checkContent } = await import('../pipeline/checker/index.ts');
        const { entries, problems, renderings } = await checkContent(contentDir, options);
        if (problems.length === 0) {
          build.remember(entries);
          rememberSession(contentDir, entries, renderings);
          return;
        }
        annotate(problems);
        // In dev, show the problems but keep serving so the author sees the rest of the site.
        if (command === 'dev') {
          logger.error(formatReport(problems));
          return;
        }
        throw new ContentError(formatReport(problems));
      },
      'astro:build:start': async () => {
        await awaitSession(contentDir);
      },
      // public/_headers is written from the site root; a host matches the path asked for, base path included.
      'astro:build:done': ({ dir }) => {
        publishHeaders(fileURLToPath(dir), base);
      },
    },
  };
}
