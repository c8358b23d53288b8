/**
 * A small map of Europe, projected at build time from Natural Earth's 1:110m
 * countries (npm `world-atlas`) into SVG paths, with the countries that have
 * a contact point marked. Coordinates are rounded to whole pixels so the
 * inline SVG stays a few kilobytes.
 */
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Polygon } from 'geojson';
import { isCountryCode } from '../schemas/countries.ts';

export interface MapCountry {
  /** ISO 3166-1 alpha-2, e.g. `EE`. */
  code: string;
  name: string;
  d: string;
  marked: boolean;
  /** Marker position, so small countries such as Cyprus stay visible and clickable. */
  marker?: { x: number; y: number } | undefined;
}

export interface EuropeMap {
  width: number;
  height: number;
  countries: MapCountry[];
}

/**
 * `alpha2FromNumeric('250')` is `FR`: world-atlas keys countries by ISO 3166-1
 * numeric code, and ICU's territory aliases map those to alpha-2, so no
 * hand-kept table is needed. Undefined for ids ICU does not know.
 */
export function alpha2FromNumeric(id: string | number | undefined): string | undefined {
  if (id === undefined) return undefined;
  const padded = String(id).padStart(3, '0');
  try {
    const canonical = Intl.getCanonicalLocales(`und-${padded}`)[0] ?? '';
    const region = canonical.split('-')[1];
    return region && isCountryCode(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The part of the world drawn: Ireland and Portugal to the Black Sea, Cyprus
 * and Crete to the south of Finland. The far north and the Atlantic islands
 * hold no contact point and would only shrink the countries that do.
 */
const EXTENT = { west: -11, east: 37, south: 33.5, north: 63 };

/**
 * Rewrites d3's absolute path (`M10,20L12,21L12,21Z`) with relative steps
 * (`M10,20l2,1z`), dropping steps that rounding made zero: short numbers
 * make the inline map about a third smaller.
 */
export function relativePath(d: string): string {
  let out = '';
  for (const ring of d.split(/(?=M)/)) {
    const closed = ring.endsWith('Z');
    const points = ring
      .replace(/Z$/, '')
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number) as [number, number]);
    const [first, ...rest] = points;
    if (!first) continue;
    let [x, y] = first;
    const steps: string[] = [];
    for (const [px, py] of rest) {
      if (px === x && py === y) continue;
      steps.push(`${px - x},${py - y}`);
      [x, y] = [px, py];
    }
    if (closed && steps.length < 2) continue;
    out += `M${first[0]},${first[1]}${steps.length > 0 ? `l${steps.join(' ')}` : ''}${closed ? 'z' : ''}`;
  }
  return out;
}

/** The largest polygon of a country, so France's marker sits in France, not between it and French Guiana. */
function mainland(geometry: Geometry): Polygon | Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return polygons.reduce((largest, polygon) => (geoArea(polygon) > geoArea(largest) ? polygon : largest));
}

export function europeMap(
  topology: Topology,
  marked: ReadonlySet<string>,
  names: (code: string) => string,
  width = 600,
  height = 520,
): EuropeMap {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object);
  const projection = geoAzimuthalEqualArea()
    .rotate([-13, -50])
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      // Points, not a polygon: d3 reads a ring's winding as "inside", and a box of points needs no care.
      {
        type: 'MultiPoint',
        coordinates: [
          [EXTENT.west, EXTENT.south],
          [EXTENT.east, EXTENT.south],
          [EXTENT.east, EXTENT.north],
          [EXTENT.west, EXTENT.north],
          [13, EXTENT.north],
          [13, EXTENT.south],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(0);
  const countries: MapCountry[] = [];
  for (const country of collection.features as Feature<Geometry, { name: string }>[]) {
    const raw = path(country);
    const d = raw ? relativePath(raw) : '';
    if (!d) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    if (x1 <= 0 || y1 <= 0 || x0 >= width || y0 >= height) continue;
    const code = alpha2FromNumeric(country.id) ?? '';
    const isMarked = code !== '' && marked.has(code);
    const centre = isMarked ? projection(geoCentroid(mainland(country.geometry))) : null;
    countries.push({
      code,
      name: code ? names(code) : country.properties.name,
      d,
      marked: isMarked,
      marker: centre ? { x: Math.round(centre[0]), y: Math.round(centre[1]) } : undefined,
    });
  }
  return { width, height, countries };
}

export interface MapLabel {
  code: string;
  text: string;
  /** Start of the text's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places a name beside each marker, trying right, left, above and below, and
 * takes the first spot that stays inside the map and clear of other markers
 * and names already placed; a name with no free spot goes to the right, the
 * caption still naming every country. Text width is estimated (0.68 em a
 * character, a bold sans-serif), which is enough to keep the names apart.
 */
export function placeLabels(
  markers: readonly { code: string; name: string; x: number; y: number }[],
  width: number,
  height: number,
  fontSize = 16,
  markerRadius = 6,
): MapLabel[] {
  const gap = markerRadius + 3;
  const taken: Box[] = markers.map((m) => ({
    x0: m.x - markerRadius,
    y0: m.y - markerRadius,
    x1: m.x + markerRadius,
    y1: m.y + markerRadius,
  }));
  const labels: MapLabel[] = [];
  // West to east, so crowded eastern names are placed knowing their western neighbours.
  for (const m of [...markers].sort((a, b) => a.x - b.x || a.y - b.y)) {
    const w = m.name.length * fontSize * 0.68;
    const h = fontSize;
    const candidates: { label: MapLabel; box: Box }[] = [
      {
        label: { code: m.code, text: m.name, x: m.x + gap, y: m.y + h * 0.35, anchor: 'start' },
        box: { x0: m.x + gap, y0: m.y - h / 2, x1: m.x + gap + w, y1: m.y + h / 2 },
      },
      {
        label: { code: m.code, text: m.name, x: m.x - gap, y: m.y + h * 0.35, anchor: 'end' },
        box: { x0: m.x - gap - w, y0: m.y - h / 2, x1: m.x - gap, y1: m.y + h / 2 },
      },
      {
        label: { code: m.code, text: m.name, x: m.x, y: m.y - gap, anchor: 'middle' },
        box: { x0: m.x - w / 2, y0: m.y - gap - h, x1: m.x + w / 2, y1: m.y - gap },
      },
      {
        label: { code: m.code, text: m.name, x: m.x, y: m.y + gap + h * 0.8, anchor: 'middle' },
        box: { x0: m.x - w / 2, y0: m.y + gap, x1: m.x + w / 2, y1: m.y + gap + h },
      },
    ];
    const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
    const own = taken.findIndex((b) => b.x0 === m.x - markerRadius && b.y0 === m.y - markerRadius);
    const others = taken.filter((_, i) => i !== own);
    const chosen =
      candidates.find((c) => inside(c.box) && !others.some((b) => overlaps(b, c.box))) ??
      candidates.find((c) => inside(c.box)) ??
      candidates[0]!;
    taken.push(chosen.box);
    labels.push(chosen.label);
  }
  return labels;
}
