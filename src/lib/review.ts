/**
 * When a page was really reviewed, and when its next review is due.
 *
 * - "Last reviewed" is shown only after a real review: a `lastReviewed` date
 *   later than the page's first publication (its `new` change note). Writing a
 *   page is not reviewing it, so a guide whose review date is the day it was
 *   published says nothing about review yet.
 * - The next review is due on `reviewBy` when the entry gives one, else a year
 *   after its last review (`lastReviewed`). An entry with neither is never due.
 * - `npm run check` lists every entry past that date as a warning, never a
 *   failure: an overdue review is work for a maintainer, not broken content.
 */

interface Reviewed {
  changes?: readonly { date: string; type: string }[];
  lastReviewed?: string | undefined;
  reviewBy?: string | undefined;
}

/** `lastReviewed` when it is later than the page's first publication, else undefined. */
export function realReview(data: Reviewed): string | undefined {
  const { lastReviewed, changes = [] } = data;
  if (!lastReviewed) return undefined;
  const published = changes.find((c) => c.type === 'new')?.date;
  return published !== undefined && lastReviewed <= published ? undefined : lastReviewed;
}

/** The same day a year later: `2026-03-01` → `2027-03-01`; 29 February → 1 March. */
export function aYearAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** When the next review is due and which field says so; undefined when the entry gives no date to go by. */
export function nextReview(data: Reviewed): { due: string; field: 'reviewBy' | 'lastReviewed' } | undefined {
  if (data.reviewBy) return { due: data.reviewBy, field: 'reviewBy' };
  if (data.lastReviewed) return { due: aYearAfter(data.lastReviewed), field: 'lastReviewed' };
  return undefined;
}

/** The date the next review was due, when that is before `today` (YYYY-MM-DD); else undefined. */
export function overdueSince(data: Reviewed, today: string): string | undefined {
  const next = nextReview(data);
  return next !== undefined && next.due < today ? next.due : undefined;
}

/** An entry as the check holds it: where it is, its data, and where a field is written. */
export interface ReviewedEntry {
  file: string;
  data: Reviewed & { draft?: boolean };
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

export interface ReviewWarning {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  hint: string;
}

/** Every published entry whose review is past due on `today`, in file order. */
export function overdueReviews(entries: readonly ReviewedEntry[], today: string): ReviewWarning[] {
  return entries
    .filter((e) => !e.data.draft && overdueSince(e.data, today) !== undefined)
    .flatMap((entry) => {
      const next = nextReview(entry.data);
      if (!next) return [];
      const message =
        next.field === 'reviewBy'
          ? `review was due by ${next.due}`
          : `last reviewed on ${entry.data.lastReviewed ?? ''}; a review was due a year later, by ${next.due}`;
      return [
        {
          file: entry.file,
          ...entry.locate([next.field]),
          field: next.field,
          message,
          hint: 'check the page against its sources, then set lastReviewed to today and reviewBy to the next date',
        },
      ];
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
