import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { markShapes, markSvg, SOCIAL_CARD, socialCardSvg, TOUCH_ICON } from '../../src/lib/brand-mark.ts';

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the site mark', () => {
  it('is the published favicon, so the header, the tab and the card show one drawing', () => {
    expect(readFileSync('public/favicon.svg', 'utf8')).toBe(markSvg());
    expect(markSvg()).toContain(markShapes());
  });

  it('is drawn in the brand navy and yellow, both used in the mark and the card', () => {
    expect(markShapes()).toMatch(/fill="#ffcc00"/);
    expect(markShapes()).toMatch(/#ffcc00/);
    expect(socialCardSvg({ network: 'N', name: 'Name', tagline: ['a'] })).toMatch(/#ffcc00/);
  });

  it('escapes nothing it should not: the card holds the words it is given, one text line each', () => {
    const svg = socialCardSvg({ network: 'iProcureNet', name: 'Knowledge Factory', tagline: ['one', 'two'] });
    expect(svg.match(/<text /g)).toHaveLength(4);
    expect(svg).toContain(`width="${SOCIAL_CARD.width}" height="${SOCIAL_CARD.height}"`);
  });
});

describe('the committed identity images (npm run identity:update)', () => {
  it('has a social card of 1200 × 630, the size Open Graph readers show full width', () => {
    expect(pngSize(`public${SOCIAL_CARD.path}`)).toEqual({ width: 1200, height: 630 });
  });

  it('has a square PNG fallback of the favicon', () => {
    expect(pngSize(`public${TOUCH_ICON.path}`)).toEqual({ width: TOUCH_ICON.size, height: TOUCH_ICON.size });
  });
});
