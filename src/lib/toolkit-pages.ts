/**
 * The toolkit's pages for the sitemap and the feed: each decision aid's start
 * page and each timeline as entries with their newest change, and every
 * answer page of every aid as a plain address. Reads collections, so it is
 * used by endpoints only.
 */
import { published } from './collections.ts';
import { answerPaths, stepPath } from './decisions/graph.ts';
import { decisionAidPath } from '../schemas/decisions.ts';
import { timelinePath } from '../schemas/timelines.ts';
import { newestNews, type ChangeNote } from './updates.ts';

export interface ToolkitEntry {
  collection: 'decisions' | 'timelines';
  path: string;
  title: string;
  summary: string;
  updated: string | undefined;
  /** Newest change readers are told about (never an editorial one). */
  news: ChangeNote | undefined;
}

const newest = (changes: readonly ChangeNote[]) => [...changes].sort((a, b) => b.date.localeCompare(a.date))[0];

function entry(
  collection: ToolkitEntry['collection'],
  path: string,
  data: { title: string; summary: string; changes: readonly ChangeNote[] },
): ToolkitEntry {
  return {
    collection,
    path,
    title: data.title,
    summary: data.summary,
    updated: newest(data.changes)?.date,
    news: newestNews(data.changes),
  };
}

/** Decision aids (their start pages) and timelines, as the feed and sitemap list entries. */
export async function toolkitEntries(): Promise<ToolkitEntry[]> {
  const [aids, timelines] = await Promise.all([published('decisions'), published('timelines')]);
  return [
    ...aids.map(({ id, data }) => entry('decisions', decisionAidPath(id), data)),
    ...timelines.map(({ id, data }) => entry('timelines', timelinePath(id), data)),
  ];
}

/** Every question and outcome page of every aid, `/decisions/<aid>/y/…/`, for the sitemap. */
export async function decisionStepPaths(): Promise<string[]> {
  return (await published('decisions')).flatMap((aid) =>
    answerPaths(aid.data).map((answers) => stepPath(aid.id, answers)),
  );
}
