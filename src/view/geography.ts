// The schematic geography the map draws: a border line through the scenario's border sites (with
// fixed anchors where the line leaves the core region, extended to the visible edges), the land
// either side of it, Laos to the north-east and the gulf to the south-west. Pure data and maths.

import type { SiteDef } from '../sim/level';
import type { Bounds } from './projection';

/** A lon/lat point. */
export interface LonLat {
  lon: number;
  lat: number;
}

/** Fixed points of the line: the southern stretch, the elbow, and the Laos tripoint. */
const ANCHORS: LonLat[] = [
  { lon: 102.6, lat: 12.2 },
  { lon: 102.75, lat: 14.0 },
  { lon: 105.55, lat: 14.35 },
];

/**
 * Position along the border: the western stretch runs south to north, the Dangrek stretch
 * west to east, so sorting by this orders any set of border points.
 */
function along(p: LonLat): number {
  return p.lon < 102.8 ? p.lat - 12 : 3 + (p.lon - 102.8);
}

/** The border polyline through the anchors and the level's border sites, extended to `view`'s edges. */
export function borderLine(sites: readonly SiteDef[], view: Bounds): LonLat[] {
  const points = [...ANCHORS, ...sites.filter((s) => s.side === 'border').map((s) => ({ lon: s.lon, lat: s.lat }))];
  points.sort((a, b) => along(a) - along(b));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return [{ lon: first.lon + 0.15, lat: Math.min(view.latMin, first.lat) }, ...points, { lon: Math.max(view.lonMax, last.lon), lat: last.lat - 0.1 }];
}

/** Thailand's side of the line (north and west) and Cambodia's (south and east), as polygons. */
export function territories(line: LonLat[], view: Bounds): { th: LonLat[]; kh: LonLat[] } {
  const first = line[0]!;
  const last = line[line.length - 1]!;
  const th = [...line, { lon: last.lon, lat: view.latMax }, { lon: view.lonMin, lat: view.latMax }, { lon: view.lonMin, lat: view.latMin }];
  const kh = [...line, { lon: view.lonMax, lat: view.latMin }, { lon: first.lon, lat: view.latMin }];
  return { th, kh };
}

/** Laos, north-east of the tripoint, so the eastern end of the line reads correctly. */
export function laos(view: Bounds): LonLat[] {
  return [{ lon: 105.55, lat: 14.35 }, { lon: view.lonMax, lat: 14.25 }, { lon: view.lonMax, lat: view.latMax }, { lon: 105.45, lat: view.latMax }];
}

/** The Gulf of Thailand in the south-west corner (only visible when the view reaches it). */
export function gulf(view: Bounds): LonLat[] {
  return [
    { lon: view.lonMin, lat: 12.45 }, { lon: 102.45, lat: 12.2 }, { lon: 102.9, lat: 11.65 },
    { lon: 103.15, lat: 11.3 }, { lon: 103.5, lat: 10.7 }, { lon: 103.5, lat: Math.min(view.latMin, 10.7) },
    { lon: view.lonMin, lat: Math.min(view.latMin, 10.7) },
  ];
}

/** Points at fraction `t` of each border segment (for observer and demining icons). */
export function alongSegments(line: LonLat[], t: number): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 2; i < line.length - 1; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (Math.hypot(a.lon - b.lon, a.lat - b.lat) < 0.15) continue;
    out.push({ lon: a.lon + (b.lon - a.lon) * t, lat: a.lat + (b.lat - a.lat) * t });
  }
  return out;
}
