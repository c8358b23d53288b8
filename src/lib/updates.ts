/**
 * "Latest updates" on the home page: what changed, said usefully. A page's
 * first change note is its publication, whatever its wording, so it reads
 * "New guide" rather than repeating "First published." under every title;
 * later notes are shown as written. Updates are grouped by day, so a date is
 * said once.
 */

export interface ChangedEntry {
  title: string;
  url: string;
  /** What kind of page it is, in the singular: "guide", "example". */
  kind: string;
  changes: readonly { date: string; summary: string }[];
}

export interface UpdateLine {
  title: string;
  url: string;
  date: string;
  /** "New guide", or "Updated: <the change note>". */
  line: string;
  isNew: boolean;
}

/** The newest change of an entry, described: `{ line: 'New guide', isNew: true, … }`; undefined without change notes. */
export function latestUpdate(entry: ChangedEntry): UpdateLine | undefined {
  const sorted = [...entry.changes].sort((a, b) => a.date.localeCompare(b.date));
  const newest = sorted.at(-1);
  if (!newest) return undefined;
  const isNew = sorted.length === 1;
  return {
    title: entry.title,
    url: entry.url,
    date: newest.date,
    isNew,
    line: isNew ? `New ${entry.kind}` : `Updated: ${newest.summary}`,
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
