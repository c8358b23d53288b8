/** The sources of a timeline page: every limit's and rule's source, each once, in the order they first appear. */
import type { Source } from '../../schemas/shared.ts';
import type { Timeline } from '../../schemas/timelines.ts';

/** Sources are the same when their title and address are. */
export function uniqueSources(timeline: Pick<Timeline, 'limits' | 'rules'>): Source[] {
  const seen = new Map<string, Source>();
  const all = [...Object.values(timeline.limits).map((l) => l.source), ...timeline.rules.map((r) => r.source)];
  for (const source of all) {
    const key = `${source.title}\n${source.url ?? ''}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
