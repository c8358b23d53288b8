/**
 * What changed, said usefully, for the home page's "Latest updates" and the
 * feed. Only changes that matter to readers count: a new page, a corrected
 * fact, added or changed guidance. Editorial notes (wording, layout, sources)
 * stay in the page's own history and never reach the home page or the feed,
 * so a reader who follows the site is not told about housekeeping. A new
 * page reads "New guide" rather than repeating "First published." under every
 * title. Updates are grouped by day, so a date is said once.
 */
import type { ChangeType } from '../schemas/shared.ts';

export interface ChangeNote {
  date: string;
  summary: string;
  type: ChangeType;
}

export interface ChangedEntry {
  title: string;
  url: string;
  /** What kind of page it is, in the singular: "guide", "example". */
  kind: string;
  changes: readonly ChangeNote[];
}

export interface UpdateLine {
  title: string;
  url: string;
  date: string;
  /** "New guide", "Corrected: <the note>" or "Updated: <the note>". */
  line: string;
  isNew: boolean;
}

/** True for a note readers are told about: every type but `editorial`. */
export function isReaderNews(change: { type: ChangeType }): boolean {
  return change.type !== 'editorial';
}

/** The newest note readers are told about, or undefined when a page has only editorial notes or none. */
export function newestNews<C extends { date: string; type: ChangeType }>(changes: readonly C[]): C | undefined {
  return changes
    .filter(isReaderNews)
    .reduce<C | undefined>((newest, c) => (!newest || c.date > newest.date ? c : newest), undefined);
}

/**
 * How a note reads in a list of updates: `New guide`, `Corrected: The date
 * was 2021, not 2020.`, `Updated: Added …`. A summary that already starts by
 * saying what it is ("Corrected the funding…") is not prefixed a second time.
 */
export function describeChange(change: ChangeNote, kind: string): string {
  if (change.type === 'new') return `New ${kind}`;
  const [label, says] = change.type === 'correction' ? ['Corrected', /^correct/i] : ['Updated', /^updated\b/i];
  return says.test(change.summary) ? change.summary : `${label}: ${change.summary}`;
}

/** Text ending as a sentence does, for a line followed by more text: `New guide` → `New guide.`; `Updated: Added x.` unchanged. */
export function asSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** The newest change of an entry that readers are told about, described; undefined when there is none. */
export function latestUpdate(entry: ChangedEntry): UpdateLine | undefined {
  const newest = newestNews(entry.changes);
  if (!newest) return undefined;
  return {
    title: entry.title,
    url: entry.url,
    date: newest.date,
    isNew: newest.type === 'new',
    line: describeChange(newest, entry.kind),
  };
}

/**
 * The `limit` newest updates, grouped by day, newest day first. On one day,
 * real updates come before new pages, then by title.
 */
export function updatesByDay(
  entries: readonly ChangedEntry[],
  limit: number,
): { date: string; updates: UpdateLine[] }[] {
  const lines = entries
    .map(latestUpdate)
    .filter((u): u is UpdateLine => u !== undefined)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) || Number(a.isNew) - Number(b.isNew) || a.title.localeCompare(b.title, 'en'),
    )
    .slice(0, limit);
  const days: { date: string; updates: UpdateLine[] }[] = [];
  for (const line of lines) {
    const day = days.at(-1);
    if (day?.date === line.date) day.updates.push(line);
    else days.push({ date: line.date, updates: [line] });
  }
  return days;
}
