// The schematic geography the map draws: a border line through the scenario's border sites (with
// fixed anchors where the line meets the region's edges), and the polygons either side of it.
// Pure data and maths, no Phaser.

import type { SiteDef } from '../sim/level';
import { REGION } from './projection';

/** A lon/lat point. */
export interface LonLat {
  lon: number;
  lat: number;
}

/** Fixed points where the schematic border leaves the drawn region (south-west, the elbow, east). */
const ANCHORS: LonLat[] = [
  { lon: 102.5, lat: REGION.latMin },
  { lon: 102.75, lat: 14.0 },
  { lon: 105.55, lat: 14.35 },
];

/** Laos, north-east of the tripoint: drawn so the eastern end of the line reads correctly. */
export const LAOS: LonLat[] = [
  { lon: 105.55, lat: 14.35 },
  { lon: REGION.lonMax, lat: 14.1 },
  { lon: REGION.lonMax, lat: REGION.latMax },
  { lon: 105.5, lat: REGION.latMax },
];

/**
 * Position along the border: the western stretch runs south to north, the Dangrek stretch
 * west to east, so sorting by this orders any set of border points.
 */
function along(p: LonLat): number {
  return p.lon < 102.8 ? p.lat - REGION.latMin : REGION.latMax - REGION.latMin + (p.lon - 102.8);
}

/** The border polyline through the anchors and the level's border sites, in order. */
export function borderLine(sites: readonly SiteDef[]): LonLat[] {
  const points = [...ANCHORS, ...sites.filter((s) => s.side === 'border').map((s) => ({ lon: s.lon, lat: s.lat }))];
  return points.sort((a, b) => along(a) - along(b));
}

/** Thailand's side of the line (north and west) and Cambodia's (south and east), as polygons. */
export function territories(line: LonLat[]): { th: LonLat[]; kh: LonLat[] } {
  const first = line[0] ?? ANCHORS[0]!;
  const last = line[line.length - 1] ?? ANCHORS[2]!;
  const th = [
    ...line,
    { lon: last.lon, lat: REGION.latMax },
    { lon: REGION.lonMin, lat: REGION.latMax },
    { lon: REGION.lonMin, lat: REGION.latMin },
    first,
  ];
  const kh = [
    ...line,
    { lon: REGION.lonMax, lat: last.lat },
    { lon: REGION.lonMax, lat: REGION.latMin },
    first,
  ];
  return { th, kh };
}

/** Points at fractions `t` of each border segment (for observer and demining icons). */
export function alongSegments(line: LonLat[], t: number): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (Math.hypot(a.lon - b.lon, a.lat - b.lat) < 0.15) continue;
    out.push({ lon: a.lon + (b.lon - a.lon) * t, lat: a.lat + (b.lat - a.lat) * t });
  }
  return out;
}
