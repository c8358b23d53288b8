/**
 * The practitioner's toolkit in the content check: each decision aid's graph
 * (src/lib/decisions/graph.ts: every answer leads somewhere, everything is
 * reachable, no cycles, a bounded number of pages), the pages its outcomes
 * link to, and each timeline's worked steps. It also tells the site map every
 * page an aid publishes (one per answer path), so links to them and the
 * published-URL manifest are checked like any other page.
 */
import { closest } from '../../lib/text/closest.ts';
import { answerPaths, graphIssues, stepPath } from '../../lib/decisions/graph.ts';
import { stepIssues } from '../../lib/timelines/schedule.ts';
import type { Problem } from '../problems.ts';
import { isDraft, isEntryOf, type EntryOf, type ValidEntry } from '../validate.ts';
import type { SiteMap } from './publication-map.ts';
import { decisionAidPath } from '../../schemas/decisions.ts';
import { timelinePath } from '../../schemas/timelines.ts';

const at = (entry: ValidEntry, path: (string | number)[]) => ({
  file: entry.file,
  ...entry.locate(path),
  field: path.join('.'),
});

/** Published slugs by collection, drafts left out: what an outcome's `next` may name. */
function publishedSlugs(entries: readonly ValidEntry[]): Map<string, Set<string>> {
  const slugs = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (isDraft(entry) || ('draft' in entry.data && entry.data.draft === true)) continue;
    const set = slugs.get(entry.collection) ?? new Set<string>();
    set.add(entry.slug);
    slugs.set(entry.collection, set);
  }
  return slugs;
}

function aidProblems(entry: EntryOf<'decisions'>, slugs: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = graphIssues(entry.data).map((issue) => ({
    ...at(entry, issue.path),
    message: issue.message,
    ...(issue.hint ? { hint: issue.hint } : {}),
  }));
  for (const [outcomeId, outcome] of Object.entries(entry.data.outcomes)) {
    outcome.next.forEach((ref, i) => {
      const [collection = '', slug = ''] = ref.split('/');
      const known = slugs.get(collection);
      if (known?.has(slug)) return;
      const suggestion = known && closest(slug, known);
      problems.push({
        ...at(entry, ['outcomes', outcomeId, 'next', i]),
        message: `"${ref}" does not match any published entry in ${collection}`,
        hint: suggestion
          ? `did you mean "${collection}/${suggestion}"?`
          : `the slug is the file name in content/${collection}/ without extension`,
      });
    });
  }
  return problems;
}

function timelineProblems(entry: EntryOf<'timelines'>): Problem[] {
  return stepIssues(entry.data).map((issue) => ({ ...at(entry, issue.path), message: issue.message }));
}

/**
 * Every toolkit problem at once; for each published aid without graph
 * problems, its answer pages are added to the site map.
 */
export function toolkitProblems(entries: readonly ValidEntry[], site: SiteMap): Problem[] {
  const slugs = publishedSlugs(entries);
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (isEntryOf(entry, 'timelines')) {
      problems.push(...timelineProblems(entry));
      if (!entry.data.draft) publish(site, timelinePath(entry.slug));
    }
    if (!isEntryOf(entry, 'decisions')) continue;
    const found = aidProblems(entry, slugs);
    problems.push(...found);
    if (found.length > 0 || entry.data.draft) continue;
    publish(site, decisionAidPath(entry.slug));
    for (const answers of answerPaths(entry.data)) publish(site, stepPath(entry.slug, answers));
  }
  return problems;
}

/** The site map learns a page of the toolkit; an entry's own page keeps its entry. */
function publish(site: SiteMap, path: string): void {
  if (!site.pages.has(path)) site.pages.set(path, { path });
}
