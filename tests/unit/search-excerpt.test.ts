import { describe, expect, it } from 'vitest';
import { wholeWordMarks, withoutTitle, type Segment } from '../../src/lib/search/excerpt.ts';

const text = (segments: readonly Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('highlights in excerpts', () => {
  it('leave the punctuation Pagefind keeps with a word outside the mark', () => {
    expect(
      text(
        wholeWordMarks([
          { text: 'see ', mark: false },
          { text: '(PCP),', mark: true },
        ]),
      ),
    ).toBe('see ([PCP]),');
  });

  it('keep apostrophes and hyphens inside a word', () => {
    expect(
      text(
        wholeWordMarks([
          { text: 'buyer’s', mark: true },
          { text: ' ', mark: false },
          { text: 'in-drone.', mark: true },
        ]),
      ),
    ).toBe('[buyer’s] [in-drone].');
  });

  it('drop a mark around punctuation alone', () => {
    expect(wholeWordMarks([{ text: '–', mark: true }])).toEqual([{ text: '–', mark: false }]);
  });
});

describe('excerpts that start with the title', () => {
  const title = 'Drones and in-drone technology';

  it('lose the title and the stop after it, keeping the marks that follow', () => {
    const segments: Segment[] = [
      { text: 'Drones', mark: true },
      { text: ' and in-drone technology. ', mark: false },
      { text: 'Drones', mark: true },
      { text: ' and the technology they carry', mark: false },
    ];
    expect(text(withoutTitle(segments, title))).toBe('[Drones] and the technology they carry');
  });

  it('are compared without regard to case and spacing', () => {
    expect(text(withoutTitle([{ text: 'drones  AND in-drone technology: what', mark: false }], title))).toBe('what');
  });

  it('are kept whole when the title is all they say', () => {
    expect(text(withoutTitle([{ text: `${title}.`, mark: false }], title))).toBe(`${title}.`);
  });

  it('are left alone when the title is elsewhere', () => {
    const segments = [{ text: `About ${title}`, mark: false }];
    expect(withoutTitle(segments, title)).toEqual(segments);
  });
});
