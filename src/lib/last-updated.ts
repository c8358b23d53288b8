/**
 * "Last updated" for a page: its newest public change note, else the date of
 * the last commit that touched its file, else the date it was last reviewed.
 */
import { execFileSync } from 'node:child_process';

export interface LastUpdated {
  /** YYYY-MM-DD. */
  date: string;
  from: 'changes' | 'git' | 'reviewed';
}

/** `lastUpdated({ changes: [{ date: '2024-03-01' }] })` is `{ date: '2024-03-01', from: 'changes' }`. */
export function lastUpdated(input: { changes?: readonly { date: string }[]; gitDate?: string | undefined; lastReviewed?: string | undefined }): LastUpdated | undefined {
  const newest = [...(input.changes ?? [])].map((c) => c.date).sort().at(-1);
  if (newest) return { date: newest, from: 'changes' };
  if (input.gitDate) return { date: input.gitDate, from: 'git' };
  if (input.lastReviewed) return { date: input.lastReviewed, from: 'reviewed' };
  return undefined;
}

const gitDates = new Map<string, string | undefined>();

/** Date (YYYY-MM-DD) of the last commit touching `file`; undefined outside a repository or for an uncommitted file. */
export function gitLastCommitDate(file: string | undefined): string | undefined {
  if (!file) return undefined;
  if (gitDates.has(file)) return gitDates.get(file);
  let date: string | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    date = undefined;
  }
  gitDates.set(file, date);
  return date;
}

/** True when the owner's review date is before `today` (YYYY-MM-DD compare). */
export function reviewOverdue(reviewBy: string | undefined, today: string): boolean {
  return reviewBy !== undefined && reviewBy < today;
}

/** "12 March 2024" from `2024-03-12`, "October 2023" from `2023-10`, "2023" from `2023`. */
export function formatDay(partial: string, locale = 'en-GB'): string {
  if (/^\d{4}$/.test(partial)) return partial;
  if (/^\d{4}-\d{2}$/.test(partial)) return new Date(`${partial}-01T00:00:00Z`).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = new Date(`${partial.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.valueOf())) return partial;
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
