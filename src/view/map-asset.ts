// The border map asset (built by scripts/build-map.ts from Natural Earth) and the pure maths the
// game needs on it: the same Mercator projection the script used, so level sites land exactly on
// the drawn borders, point-in-polygon and distance to the border line. No map library at run time.

import asset from '../../assets/map/border-region.json';

/** A country of the asset: its key, its name, and rings as flat [x0, y0, x1, y1, …] pixel arrays. */
export interface MapCountry {
  id: string;
  name: string;
  rings: number[][];
}

/** The asset's shape. Pixels are in the asset's own space (`width` × `height`). */
export interface MapAsset {
  source: string;
  note: string;
  width: number;
  height: number;
  extent: { lonMin: number; lonMax: number; latMin: number; latMax: number };
  projection: { kind: string; scale: number; translate: number[] };
  countries: MapCountry[];
  /** The Thailand–Cambodia boundary as flat polylines. */
  border: number[][];
}

/** The shipped border-region asset. */
export const BORDER_MAP: MapAsset = asset as MapAsset;

/** Earth radius used by the projection's scale, km. */
const EARTH_KM = 6371;

/** Projects lon/lat (degrees) into the asset's pixel space with its Mercator parameters. */
export function projectLonLat(map: MapAsset, lon: number, lat: number): { x: number; y: number } {
  const { scale, translate } = map.projection;
  const lambda = (lon * Math.PI) / 180;
  const phi = (lat * Math.PI) / 180;
  return {
    x: (translate[0] ?? 0) + scale * lambda,
    y: (translate[1] ?? 0) - scale * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  };
}

/** Asset pixels per kilometre on the ground at latitude `lat` (Mercator's scale factor). */
export function pixelsPerKm(map: MapAsset, lat: number): number {
  return map.projection.scale / (EARTH_KM * Math.cos((lat * Math.PI) / 180));
}

/** Whether (x, y) is inside a flat ring (even–odd rule). */
export function inRing(ring: readonly number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i]!, yi = ring[i + 1]!, xj = ring[j]!, yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The id of the country containing (x, y), or null (sea or outside the asset). */
export function countryAt(map: MapAsset, x: number, y: number): string | null {
  const hit = map.countries.find((c) => c.rings.some((r) => inRing(r, x, y)));
  return hit?.id ?? null;
}

/** Distance in pixels from (x, y) to the nearest point of the flat polylines `lines`. */
export function distanceToLines(lines: readonly number[][], x: number, y: number): number {
  let best = Infinity;
  for (const line of lines) {
    for (let i = 2; i < line.length; i += 2) {
      const ax = line[i - 2]!, ay = line[i - 1]!, bx = line[i]!, by = line[i + 1]!;
      const dx = bx - ax, dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
  }
  return best;
}
