import { describe, expect, it } from 'vitest';
import {
  asSentence,
  isReaderNews,
  latestUpdate,
  newestNews,
  updatesByDay,
  type ChangedEntry,
} from '../../src/lib/updates.ts';
import { CHANGE_TYPES, type ChangeType } from '../../src/schemas/shared.ts';

/** Notes as [date, summary] (then `new` for the oldest and `update` for later ones) or [date, summary, type]. */
const entry = (
  title: string,
  kind: string,
  changes: ([string, string] | [string, string, ChangeType])[],
): ChangedEntry => {
  const oldest = [...changes].sort((a, b) => a[0].localeCompare(b[0]))[0];
  return {
    title,
    url: `/${title}/`,
    kind,
    changes: changes.map(([date, summary, type]) => ({
      date,
      summary,
      type: type ?? (oldest && date === oldest[0] ? 'new' : 'update'),
    })),
  };
};

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

  it('never reports an editorial note, but the newest note readers care about', () => {
    const update = latestUpdate(
      entry('a', 'guide', [
        ['2026-12-03', 'Reworded the introduction.', 'editorial'],
        ['2026-12-01', 'The deadline was 30 days, not 60.', 'correction'],
        ['2026-11-25', 'First published.', 'new'],
      ]),
    );
    expect(update).toMatchObject({ date: '2026-12-01', line: 'Corrected: The deadline was 30 days, not 60.' });
    expect(latestUpdate(entry('b', 'guide', [['2026-12-03', 'Fixed a typo.', 'editorial']]))).toBeUndefined();
  });

  it('calls a page new by its note type, not by how many notes it has', () => {
    const update = latestUpdate(
      entry('a', 'example', [
        ['2026-11-25', 'Published with three sources.', 'new'],
        ['2026-11-24', 'Drafted.', 'editorial'],
      ]),
    );
    expect(update).toMatchObject({ line: 'New example', isNew: true });
  });
});

describe('describing a change', () => {
  it('does not say "Corrected" twice when the note already starts with it', () => {
    const line = (summary: string, type: ChangeType) =>
      latestUpdate(entry('a', 'example', [['2026-12-01', summary, type]]))?.line;
    expect(line('Corrected the funding.', 'correction')).toBe('Corrected the funding.');
    expect(line('The funding was EU, not national.', 'correction')).toBe(
      'Corrected: The funding was EU, not national.',
    );
    expect(line('Added the 2024 round.', 'update')).toBe('Updated: Added the 2024 round.');
  });
});

describe('which notes are news', () => {
  it('counts every type but editorial', () => {
    expect(CHANGE_TYPES.filter((type) => isReaderNews({ type }))).toEqual(['new', 'correction', 'update']);
  });

  it('picks the newest reader-facing note whatever the order', () => {
    const notes = [
      { date: '2026-11-25', type: 'new' as const },
      { date: '2026-12-09', type: 'editorial' as const },
      { date: '2026-12-02', type: 'update' as const },
    ];
    expect(newestNews(notes)?.date).toBe('2026-12-02');
    expect(newestNews([{ date: '2026-12-09', type: 'editorial' as const }])).toBeUndefined();
  });

  it('ends a line as a sentence once', () => {
    expect(asSentence('New guide')).toBe('New guide.');
    expect(asSentence('Updated: Added the 2022 survey.')).toBe('Updated: Added the 2022 survey.');
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

  it('leaves out pages whose newest notes are editorial, or shows their last real change', () => {
    const withEditorial = [
      ...entries,
      entry('Tidy', 'guide', [
        ['2026-10-01', 'First published.', 'new'],
        ['2026-11-30', 'Moved a paragraph.', 'editorial'],
      ]),
    ];
    const days = updatesByDay(withEditorial, 10);
    expect(days.map((d) => d.date)).toEqual(['2026-11-25', '2026-10-01']);
    expect(days.flatMap((d) => d.updates).find((u) => u.title === 'Tidy')).toMatchObject({ line: 'New guide' });
    expect(days.flatMap((d) => d.updates.map((u) => u.line))).not.toContain('Updated: Moved a paragraph.');
  });

  it('keeps only the newest updates up to the limit', () => {
    expect(updatesByDay(entries, 2).flatMap((d) => d.updates.map((u) => u.title))).toEqual(['Beta', 'Alpha']);
  });
});
