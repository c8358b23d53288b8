import { describe, expect, it } from 'vitest';
import { formatDay, gitLastCommitDate, lastUpdated, reviewOverdue } from '../../src/lib/last-updated.ts';

describe('lastUpdated', () => {
  it('takes the newest change note, whatever the order written', () => {
    expect(lastUpdated({ changes: [{ date: '2024-01-01' }, { date: '2024-05-01' }], gitDate: '2025-01-01', lastReviewed: '2023-01-01' })).toEqual({ date: '2024-05-01', from: 'changes' });
  });

  it('falls back to the last commit of the file', () => {
    expect(lastUpdated({ changes: [], gitDate: '2025-01-01', lastReviewed: '2023-01-01' })).toEqual({ date: '2025-01-01', from: 'git' });
  });

  it('falls back to the review date without history', () => {
    expect(lastUpdated({ lastReviewed: '2023-01-01' })).toEqual({ date: '2023-01-01', from: 'reviewed' });
  });

  it('knows nothing when nothing is known', () => {
    expect(lastUpdated({})).toBeUndefined();
  });
});

describe('gitLastCommitDate', () => {
  it('reads the date of the last commit of a committed file', () => {
    expect(gitLastCommitDate('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives undefined for a file git does not know', () => {
    expect(gitLastCommitDate('no/such/file.mdx')).toBeUndefined();
    expect(gitLastCommitDate(undefined)).toBeUndefined();
  });
});

describe('reviewOverdue', () => {
  it('is overdue only after the review date', () => {
    expect(reviewOverdue('2024-01-01', '2024-01-02')).toBe(true);
    expect(reviewOverdue('2024-01-01', '2024-01-01')).toBe(false);
    expect(reviewOverdue(undefined, '2024-01-02')).toBe(false);
  });
});

describe('formatDay', () => {
  it('writes a day, a month and a year as precisely as given', () => {
    expect([formatDay('2024-03-12'), formatDay('2023-10'), formatDay('2023')]).toEqual(['12 March 2024', 'October 2023', '2023']);
  });
});
