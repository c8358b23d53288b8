import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { alpha2FromNumeric, europeMap, placeLabels, relativePath } from '../../src/lib/europe-map.ts';

const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const NINE = ['BG', 'CY', 'EE', 'ES', 'FR', 'LT', 'PT', 'RO', 'SK'];
const map = europeMap(topology, new Set(NINE), (code) => `name of ${code}`);

describe('alpha2FromNumeric', () => {
  it('maps ISO numeric codes to alpha-2 through ICU', () => {
    expect([
      alpha2FromNumeric('250'),
      alpha2FromNumeric('233'),
      alpha2FromNumeric('196'),
      alpha2FromNumeric(40),
    ]).toEqual(['FR', 'EE', 'CY', 'AT']);
  });

  it('gives undefined for a missing or unknown id', () => {
    expect(alpha2FromNumeric(undefined)).toBeUndefined();
    expect(alpha2FromNumeric('999')).toBeUndefined();
  });
});

describe('europeMap', () => {
  it('marks exactly the countries given, each with a path and a name', () => {
    const marked = map.countries.filter((c) => c.marked);
    expect(marked.map((c) => c.code).sort()).toEqual(NINE);
    expect(marked.every((c) => c.d.startsWith('M') && c.name === `name of ${c.code}`)).toBe(true);
  });

  it('places every marker inside the drawing, France’s in Europe rather than near French Guiana', () => {
    for (const country of map.countries.filter((c) => c.marked)) {
      expect(country.marker!.x).toBeGreaterThanOrEqual(0);
      expect(country.marker!.x).toBeLessThanOrEqual(map.width);
      expect(country.marker!.y).toBeGreaterThanOrEqual(0);
      expect(country.marker!.y).toBeLessThanOrEqual(map.height);
    }
    const france = map.countries.find((c) => c.code === 'FR')!;
    const spain = map.countries.find((c) => c.code === 'ES')!;
    expect(france.marker!.y).toBeLessThan(spain.marker!.y);
  });

  it('puts countries where they are: Estonia north of Cyprus, Portugal west of Romania', () => {
    const at = (code: string) => map.countries.find((c) => c.code === code)!.marker!;
    expect(at('EE').y).toBeLessThan(at('CY').y);
    expect(at('PT').x).toBeLessThan(at('RO').x);
  });

  it('draws Europe and its neighbours, not the whole world', () => {
    const codes = new Set(map.countries.map((c) => c.code));
    expect(codes.has('DE')).toBe(true);
    expect(codes.has('AU')).toBe(false);
    expect(codes.has('US')).toBe(false);
  });

  it('rounds coordinates to whole pixels so the inline SVG stays small', () => {
    const all = map.countries.map((c) => c.d).join('');
    expect(all).not.toMatch(/\d\.\d/);
    expect(all.length).toBeLessThan(40_000);
  });
});

describe('relativePath', () => {
  it('writes the first point of each ring absolute and the rest as steps', () => {
    expect(relativePath('M10,20L12,21L9,25Z')).toBe('M10,20l2,1 -3,4z');
  });

  it('drops steps that rounding made zero and rings that collapsed to a point', () => {
    expect(relativePath('M10,20L10,20L12,21L12,21L9,25ZM5,5L5,5Z')).toBe('M10,20l2,1 -3,4z');
  });

  it('keeps open lines such as clipped coastlines', () => {
    expect(relativePath('M0,0L3,4')).toBe('M0,0l3,4');
  });
});

describe('placeLabels', () => {
  const estimate = (l: { text: string; x: number; y: number; anchor: string }, size = 16) => {
    const w = l.text.length * size * 0.68;
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { x0, x1: x0 + w, y0: l.y - size, y1: l.y };
  };

  it('labels every marker, inside the map, with no two names overlapping', () => {
    const markers = map.countries
      .filter((c) => c.marked && c.marker)
      .map((c) => ({ code: c.code, name: c.name.replace('name of ', 'Country '), ...c.marker! }));
    const labels = placeLabels(markers, map.width, map.height);
    expect(labels.map((l) => l.code).sort()).toEqual(NINE);
    const boxes = labels.map((l) => estimate(l));
    for (const box of boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(map.width);
    }
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(
          a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1,
          `${labels[i]!.code} and ${labels[j]!.code}`,
        ).toBe(false);
      }
    }
  });

  it('moves a name to the left when the right would leave the map', () => {
    const [label] = placeLabels([{ code: 'CY', name: 'Cyprus', x: 590, y: 300 }], 600, 520);
    expect(label!.anchor).toBe('end');
    expect(label!.x).toBeLessThan(590);
  });
});
