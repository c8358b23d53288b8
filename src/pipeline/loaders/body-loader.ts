/**
 * A content loader for collections whose entries have a body: it stores each
 * entry's validated data with its finished HTML and headings
 * (`rendered: { html, metadata: { headings } }`), so `render(entry)` returns
 * that HTML and no entry is ever compiled into a module.
 *
 * Entries come from the content check that opened the build
 * (src/integrations/validate-content.ts), which has already run this renderer
 * over every body; run alone (`astro sync`), the loader runs the same check
 * itself. A problem stops the load with the check's own
 * report: the build either renders every body or none. Unchanged entries keep
 * their stored rendering (same digest), so a rebuild renders only what changed.
 *
 * Collections without a body (contacts, glossary, projects, publications,
 * cycles) load through the same loader: it stores the data the check parsed
 * and validated, never a second reading of the files by another YAML parser,
 * so the build cannot see a file (`_ee2.yaml`), a value or a type (`!note`,
 * an unquoted date) the check did not.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../../schemas/index.ts';
import { ContentError, formatReport } from '../problems.ts';
import { anchorsOf, renderKey, siteRenderContext, type SiteRenderContext } from '../render/context.ts';
import type { ValidEntry } from '../validate.ts';
import { awaitSession, forgetSession, rememberSession, type Session } from 'virtual:kf/session';
import { glossaryPairs } from '../glossary.ts';

export interface BodyLoaderOptions {
  contentDir: string;
  base: string;
}

/** One check at a time per content root, however many collections ask for it at once. */
const checking = new Map<string, Promise<Session>>();

async function sessionOrCheck(contentDir: string, root: string) {
  const existing = await awaitSession(contentDir);
  if (existing) return existing;
  let pending = checking.get(contentDir);
  if (!pending) {
    // Loaded only when no check ran in this build (astro sync, a dev reload), so a build's Vite copy of these
    // modules does not load the checker the check thread already ran.
    pending = import('../checker/index.ts').then(async ({ checkContent }) => {
      const { entries, problems, renderings } = await checkContent(contentDir, { root });
      if (problems.length > 0) throw new ContentError(formatReport(problems));
      rememberSession(contentDir, entries, renderings);
      return { entries, renderings };
    });
    checking.set(contentDir, pending);
    pending.then(
      () => checking.delete(contentDir),
      () => checking.delete(contentDir),
    );
  }
  return pending;
}

/** Renders a body the check did not (a dev reload, `astro sync`); a problem stops the load with its report. */
async function renderChecked(entry: ValidEntry, body: string, context: SiteRenderContext) {
  const { renderBody } = await import('../render/index.ts');
  const rendered = renderBody(body, { ...context, anchors: anchorsOf(entry.data) });
  if (rendered.problems.length > 0) {
    const report = rendered.problems.map((p) => ({ ...p, file: entry.file, line: p.line + entry.bodyLine - 1 }));
    throw new ContentError(formatReport(report));
  }
  return rendered;
}

async function sync(
  collection: CollectionName,
  options: BodyLoaderOptions,
  { store, generateDigest, config }: LoaderContext,
): Promise<void> {
  const root = fileURLToPath(config.root);
  const session = await sessionOrCheck(options.contentDir, root);
  const context = siteRenderContext(options.base, glossaryPairs(session.entries));
  const untouched = new Set(store.keys());
  for (const entry of session.entries) {
    if (entry.collection !== collection) continue;
    const id = entry.slug;
    untouched.delete(id);
    const filePath = relative(root, resolve(root, entry.file)).split(sep).join('/');
    if (entry.body === undefined) {
      const digest = generateDigest(JSON.stringify(entry.data));
      if (store.get(id)?.digest !== digest) store.set({ id, data: entry.data, filePath, digest });
      continue;
    }
    const key = renderKey(entry.body, entry.data, context);
    const digest = generateDigest(`${key}\0${JSON.stringify(entry.data)}`);
    if (store.get(id)?.digest === digest) continue;
    const rendered = session.renderings.get(key) ?? (await renderChecked(entry, entry.body, context));
    session.renderings.delete(key);
    store.set({
      id,
      data: entry.data,
      // No body: pages read the rendered HTML, and a second copy of every body in the store only costs memory.
      filePath,
      digest,
      rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
    });
  }
  for (const id of untouched) store.delete(id);
}

/** The loader of every collection: what the content check read and validated, bodies as finished HTML. */
export function checkedLoader(collection: CollectionName, options: BodyLoaderOptions): Loader {
  return {
    name: 'kf-checked-loader',
    load: async (context) => {
      await sync(collection, options, context);
      const folder = resolve(options.contentDir);
      // In dev: any change under the content root may change links, glossary or references, so the check runs again.
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event: string, path: string) => {
        if (!resolve(path).startsWith(folder)) return;
        forgetSession(options.contentDir);
        sync(collection, options, context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

/** Kept for the name the content registry used before every collection loaded through it. */
export const bodyLoader = checkedLoader;
