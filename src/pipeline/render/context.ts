/**
 * The settings a body is rendered with: the base path and the glossary terms,
 * taken from the entries the check validated (src/pipeline/glossary.ts), never
 * from a second reading of the file. The same for the check and the build,
 * which is what makes their output the same.
 */
import { createHash } from 'node:crypto';
import { glossaryMatcher, type AbbrTerm } from '../../lib/glossary-marking.ts';
import type { RenderContext } from './index.ts';
import { rendererVersion } from './code-version.ts';

export interface SiteRenderContext extends Omit<RenderContext, 'anchors'> {
  /** Changes whenever the base, the glossary or the renderer's code does, so cached renderings are redone. */
  key: string;
}

export function siteRenderContext(base: string, terms: readonly AbbrTerm[]): SiteRenderContext {
  return {
    base,
    glossary: glossaryMatcher(terms),
    key: createHash('sha1')
      .update(JSON.stringify([rendererVersion(), base, terms]))
      .digest('hex'),
  };
}

/** The anchors of an entry's frontmatter, as the renderer takes them (the schema checks their form). */
export function anchorsOf(data: unknown): Record<string, string> {
  const anchors = (data as { anchors?: unknown } | null)?.anchors;
  if (!anchors || typeof anchors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(anchors).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
  );
}

/** Identifies one rendering: the body, its anchors and the site context. */
export function renderKey(body: string, data: unknown, context: SiteRenderContext): string {
  return createHash('sha1')
    .update(context.key)
    .update('\0')
    .update(JSON.stringify(anchorsOf(data)))
    .update('\0')
    .update(body)
    .digest('hex');
}
