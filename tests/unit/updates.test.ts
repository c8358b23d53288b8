import { describe, expect, it } from 'vitest';
import { latestUpdate, updatesByDay, type ChangedEntry } from '../../src/lib/updates.ts';

const entry = (title: string, kind: string, changes: [string, string][]): ChangedEntry => ({
  title,
  url: `/${title}/`,
  kind,
  changes: changes.map(([date, summary]) => ({ date, summary })),
});

describe('latestUpdate', () => {
  it('calls a page with a single change note new, whatever the note says', () => {
    expect(latestUpdate(entry('a', 'guide', [['2026-11-25', 'First published.']]))?.line).toBe('New guide');
    expect(latestUpdate(entry('b', 'example', [['2026-11-25', 'Published with three sources.']]))?.line).toBe(
      'New example',
    );
  });

  it('shows the newest note of a page changed since, whatever the order of its notes', () => {
    const update = latestUpdate(
      entry('a', 'guide', [
        ['2026-12-01', 'Added the 2022 survey.'],
        ['2026-11-25', 'First published.'],
      ]),
    );
    expect(update).toMatchObject({ date: '2026-12-01', line: 'Updated: Added the 2022 survey.', isNew: false });
  });

  it('has nothing to say about a page without change notes', () => {
    expect(latestUpdate(entry('a', 'guide', []))).toBeUndefined();
  });
});

describe('updatesByDay', () => {
  const entries = [
    entry('Zeta', 'guide', [['2026-11-25', 'First published.']]),
    entry('Alpha', 'segment', [['2026-11-25', 'First published.']]),
    entry('Beta', 'example', [
      ['2026-11-20', 'First published.'],
      ['2026-11-25', 'Corrected the buyers.'],
    ]),
    entry('Old', 'guide', [['2026-10-01', 'First published.']]),
  ];

  it('says each date once, newest first', () => {
    expect(updatesByDay(entries, 10).map((d) => d.date)).toEqual(['2026-11-25', '2026-10-01']);
  });

  it('puts real updates before new pages on the same day, then orders by title', () => {
    expect(updatesByDay(entries, 10)[0]?.updates.map((u) => u.title)).toEqual(['Beta', 'Alpha', 'Zeta']);
  });

  it('keeps only the newest updates up to the limit', () => {
    expect(updatesByDay(entries, 2).flatMap((d) => d.updates.map((u) => u.title))).toEqual(['Beta', 'Alpha']);
  });
});
