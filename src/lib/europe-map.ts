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

/** The part of the world drawn: from the Azores' longitude to the Urals, Crete to the North Cape. */
const EXTENT = { west: -25, east: 45, south: 33, north: 71.5 };

/**
 * Rewrites d3's absolute path (`M10,20L12,21L12,21Z`) with relative steps
 * (`M10,20l2,1z`), dropping steps that rounding made zero: short numbers
 * make the inline map about a third smaller.
 */
export function relativePath(d: string): string {
  let out = '';
  for (const ring of d.split(/(?=M)/)) {
    const closed = ring.endsWith('Z');
    const points = ring.replace(/Z$/, '').slice(1).split('L').map((p) => p.split(',').map(Number) as [number, number]);
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

export function europeMap(topology: Topology, marked: ReadonlySet<string>, names: (code: string) => string, width = 600, height = 520): EuropeMap {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object);
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [[0, 0], [width, height]],
      // Points, not a polygon: d3 reads a ring's winding as "inside", and a box of points needs no care.
      { type: 'MultiPoint', coordinates: [[EXTENT.west, EXTENT.south], [EXTENT.east, EXTENT.south], [EXTENT.east, EXTENT.north], [EXTENT.west, EXTENT.north], [10, EXTENT.north], [10, EXTENT.south]] },
    )
    .clipExtent([[0, 0], [width, height]]);
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
