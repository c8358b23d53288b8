import { describe, expect, it } from 'vitest';
import { aYearAfter, nextReview, overdueReviews, overdueSince, realReview } from '../../src/lib/review.ts';

const published = (date: string) => [{ date, type: 'new' }];

describe('realReview: "Last reviewed" only after a real review', () => {
  it('says nothing when the review date is the day the page was published', () => {
    expect(realReview({ lastReviewed: '2026-11-25', changes: published('2026-11-25') })).toBeUndefined();
  });

  it('gives a review later than the publication', () => {
    expect(realReview({ lastReviewed: '2026-12-01', changes: published('2026-11-25') })).toBe('2026-12-01');
  });

  it('gives the review date of a page whose publication is not recorded, and nothing without one', () => {
    expect(realReview({ lastReviewed: '2026-12-01', changes: [{ date: '2026-11-25', type: 'update' }] })).toBe(
      '2026-12-01',
    );
    expect(realReview({ changes: published('2026-11-25') })).toBeUndefined();
  });
});

describe('nextReview', () => {
  it('is reviewBy when the entry gives one', () => {
    expect(nextReview({ lastReviewed: '2026-01-01', reviewBy: '2026-06-30' })).toEqual({
      due: '2026-06-30',
      field: 'reviewBy',
    });
  });

  it('is a year after the last review otherwise, and nothing without either', () => {
    expect(nextReview({ lastReviewed: '2026-03-01' })).toEqual({ due: '2027-03-01', field: 'lastReviewed' });
    expect(nextReview({})).toBeUndefined();
  });

  it('moves 29 February to 1 March of the next year', () => {
    expect(aYearAfter('2024-02-29')).toBe('2025-03-01');
  });
});

describe('overdueSince', () => {
  it('gives the due date once it has passed, not on the day itself', () => {
    expect(overdueSince({ reviewBy: '2024-01-01' }, '2024-01-02')).toBe('2024-01-01');
    expect(overdueSince({ reviewBy: '2024-01-01' }, '2024-01-01')).toBeUndefined();
    expect(overdueSince({}, '2099-01-01')).toBeUndefined();
  });
});

describe('overdueReviews: the warnings of npm run check', () => {
  const at = (line: number) => () => ({ line, column: 3 });
  const entries = [
    { file: 'content/guides/b.mdx', data: { reviewBy: '2025-01-01' }, locate: at(7) },
    { file: 'content/guides/a.mdx', data: { lastReviewed: '2024-05-01' }, locate: at(4) },
    { file: 'content/guides/c.mdx', data: { reviewBy: '2030-01-01', lastReviewed: '2020-01-01' }, locate: at(5) },
    { file: 'content/guides/d.mdx', data: { reviewBy: '2020-01-01', draft: true }, locate: at(5) },
  ];

  it('names the file, the line and the field that set the date, for published entries past due', () => {
    expect(overdueReviews(entries, '2026-01-01')).toEqual([
      {
        file: 'content/guides/a.mdx',
        line: 4,
        column: 3,
        field: 'lastReviewed',
        message: 'last reviewed on 2024-05-01; a review was due a year later, by 2025-05-01',
        hint: 'check the page against its sources, then set lastReviewed to today and reviewBy to the next date',
      },
      expect.objectContaining({
        file: 'content/guides/b.mdx',
        line: 7,
        field: 'reviewBy',
        message: 'review was due by 2025-01-01',
      }),
    ]);
  });

  it('lists nothing when every review is still ahead', () => {
    expect(overdueReviews(entries, '2024-01-01')).toEqual([]);
  });
});
