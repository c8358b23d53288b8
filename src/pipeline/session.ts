/**
 * What the content check of this build already did, kept for the content
 * loaders: the entries it read and validated, and the bodies it rendered, so
 * no file is read, validated or rendered twice in one build. Astro loads
 * src/content.config.ts through Vite, as a second copy of the modules it
 * imports; the loaders therefore import this module as `virtual:kf/session`,
 * which resolves to this very file outside Vite's bundle
 * (src/integrations/shared-modules.ts), so they and the integrations share
 * one instance of it, in the same process, without any global.
 */
import { resolve } from 'node:path';
import type { ValidEntry } from './validate.ts';
import type { RenderedBody } from './render/index.ts';

export interface Session {
  entries: readonly ValidEntry[];
  /**
   * Bodies the check rendered with the build's settings, by renderKey() (src/pipeline/render/context.ts); the
   * loaders take each out once stored, so the HTML is not held twice for the rest of the build.
   */
  renderings: Map<string, Pick<RenderedBody, 'html' | 'headings'>>;
}

const sessions = new Map<string, Session>();
const pending = new Map<string, Promise<Session>>();

/**
 * A check still running on its own thread (src/pipeline/checker/thread.ts): the loaders wait for it. It rejects
 * with the check's report when content has problems.
 */
export function rememberPendingSession(contentDir: string, session: Promise<Session>): void {
  pending.set(resolve(contentDir), session);
}

/** The session of this build's check, waiting for it if it is still running; undefined when no check was started. */
export async function awaitSession(contentDir: string): Promise<Session | undefined> {
  return sessionFor(contentDir) ?? (await pending.get(resolve(contentDir)));
}

export function rememberSession(
  contentDir: string,
  entries: readonly ValidEntry[],
  renderings: Session['renderings'] = new Map(),
): void {
  sessions.set(resolve(contentDir), { entries, renderings });
}

export function sessionFor(contentDir: string): Session | undefined {
  return sessions.get(resolve(contentDir));
}

/** After a file changes in dev, the next load reads and checks afresh. */
export function forgetSession(contentDir: string): void {
  sessions.delete(resolve(contentDir));
  pending.delete(resolve(contentDir));
}
