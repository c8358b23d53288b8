/**
 * "Last updated" for a page: its newest public change note, else the date of
 * the last commit that touched its file, else the date it was last reviewed.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { utcDate } from './utc-date-format.ts';

export interface LastUpdated {
  /** YYYY-MM-DD. */
  date: string;
  from: 'changes' | 'git' | 'reviewed';
}

/** `lastUpdated({ changes: [{ date: '2024-03-01' }] })` is `{ date: '2024-03-01', from: 'changes' }`. */
export function lastUpdated(input: {
  changes?: readonly { date: string }[];
  gitDate?: string | undefined;
  lastReviewed?: string | undefined;
}): LastUpdated | undefined {
  const newest = [...(input.changes ?? [])]
    .map((c) => c.date)
    .sort()
    .at(-1);
  if (newest) return { date: newest, from: 'changes' };
  if (input.gitDate) return { date: input.gitDate, from: 'git' };
  if (input.lastReviewed) return { date: input.lastReviewed, from: 'reviewed' };
  return undefined;
}

let gitDates: Map<string, string> | undefined;

/**
 * Newest commit date of every file in the repository that holds `dir`, by
 * absolute path, from one `git log` for the whole build: one `git log` per page
 * cost about 40 ms each, 40% of the build. Empty outside a repository (a source
 * archive or "Download ZIP") or without git: pages then fall back to their
 * review date, and `warn` says so. Inside a repository a failing `git log`
 * throws: every page would show a wrong date.
 */
export function readGitDates(
  dir: string = process.cwd(),
  warn: (message: string) => void = (message) => console.warn(message),
): Map<string, string> {
  const git = (args: string[], cwd: string) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], dir).trim();
  } catch (error) {
    const reason = ((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0];
    warn(
      `"Last updated" dates fall back to each page's review date: git cannot read the history of ${dir} (${reason})`,
    );
    return new Map();
  }
  return parseGitLog(git(['log', '--format=%x00%cs', '--name-only', '--no-renames'], root), root);
}

/**
 * Reads `git log --format=%x00%cs --name-only` (newest commit first): the first
 * date seen for a file is its last commit. `parseGitLog('\0 2024-05-01\n\na.mdx\n', '/r')`
 * maps `/r/a.mdx` to `2024-05-01`.
 */
export function parseGitLog(out: string, root: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of out.split('\0')) {
    const [date, ...files] = commit
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (!dates.has(`${root}/${file}`)) dates.set(`${root}/${file}`, date);
  }
  return dates;
}

/** Date (YYYY-MM-DD) of the last commit touching `file` (an absolute path); undefined outside a repository or for an uncommitted file. */
export function gitLastCommitDate(file: string | undefined): string | undefined {
  if (!file) return undefined;
  gitDates ??= readGitDates();
  return gitDates.get(resolve(file));
}

/** "12 March 2024" from `2024-03-12`, "October 2023" from `2023-10`, "2023" from `2023`. */
export function formatDay(partial: string, locale = 'en-GB'): string {
  if (/^\d{4}$/.test(partial)) return partial;
  if (/^\d{4}-\d{2}$/.test(partial)) return utcDate(new Date(`${partial}-01T00:00:00Z`), locale, 'month');
  const date = new Date(`${partial.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.valueOf())) return partial;
  return utcDate(date, locale, 'day');
}
