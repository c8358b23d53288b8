import { describe, expect, it } from 'vitest';
import { euEmblem, euEmblemSvg } from '../../src/lib/eu-emblem.ts';

const points = (star: string) => star.split(' ').map((p) => p.split(',').map(Number) as [number, number]);

describe('euEmblem', () => {
  const emblem = euEmblem(540);

  it('is a rectangle one and a half times as wide as it is high', () => {
    expect([emblem.width, emblem.height]).toEqual([810, 540]);
  });

  it("places twelve stars on a circle of one third of the height around the centre, the first at twelve o'clock", () => {
    expect(emblem.positions).toHaveLength(12);
    for (const { x, y } of emblem.positions) expect(Math.hypot(x - 405, y - 270)).toBeCloseTo(180, 1);
    expect(emblem.positions[0]).toEqual({ x: 405, y: 90 });
    expect(emblem.positions[3]).toEqual({ x: 585, y: 270 });
  });

  it('draws five-pointed stars whose points lie on a circle of one eighteenth of the height, one point straight up', () => {
    const star = points(emblem.star);
    expect(star).toHaveLength(10);
    const tips = star.filter((_, i) => i % 2 === 0);
    for (const [x, y] of tips) expect(Math.hypot(x, y)).toBeCloseTo(30, 1);
    expect(tips[0]).toEqual([0, -30]);
    const dents = star.filter((_, i) => i % 2 === 1);
    for (const [x, y] of dents) expect(Math.hypot(x, y)).toBeLessThan(30 * 0.4);
  });

  it('is one standalone SVG file in Reflex Blue and Yellow, with its twelve stars', () => {
    const svg = euEmblemSvg(540);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 810 540">/);
    expect(svg).toContain('fill="#003399"');
    expect(svg).toContain('fill="#ffcc00"');
    expect(svg.match(/<use href="#s"/g)).toHaveLength(12);
  });
});
