// Where the map asset sits on the canvas: a scale and offset from asset pixels to screen pixels.
// The core region (every level's sites) always fits; spare room shows real surroundings. A zoom
// towards a flashpoint is the same transform with a larger scale, so it can be tweened. Pure.

import { BORDER_MAP, projectLonLat, type MapAsset } from './map-asset';
import { REGION, type Box } from './projection';

/** Asset pixels → screen pixels: screen = offset + asset × scale. */
export interface Frame {
  scale: number;
  ox: number;
  oy: number;
}

/** The core region's box in asset pixels. */
export function regionBox(map: MapAsset = BORDER_MAP): Box {
  const a = projectLonLat(map, REGION.lonMin, REGION.latMax);
  const b = projectLonLat(map, REGION.lonMax, REGION.latMin);
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** The frame that fits the core region into `view`, centred, showing what else fits around it. */
export function fitFrame(view: Box, map: MapAsset = BORDER_MAP): Frame {
  const r = regionBox(map);
  const scale = Math.max(1e-6, Math.min(view.width / r.width, view.height / r.height));
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  return { scale, ox: view.x + view.width / 2 - cx * scale, oy: view.y + view.height / 2 - cy * scale };
}

/** A frame `factor` times closer than `base`, centred on asset point (ax, ay) inside `view`. */
export function zoomFrame(base: Frame, view: Box, ax: number, ay: number, factor: number): Frame {
  const scale = base.scale * factor;
  return { scale, ox: view.x + view.width / 2 - ax * scale, oy: view.y + view.height / 2 - ay * scale };
}

/** Linear blend of two frames, `t` in 0..1 (for tweening a zoom). */
export function mixFrames(a: Frame, b: Frame, t: number): Frame {
  return { scale: a.scale + (b.scale - a.scale) * t, ox: a.ox + (b.ox - a.ox) * t, oy: a.oy + (b.oy - a.oy) * t };
}

/** Screen position of lon/lat under `frame`. */
export function toScreen(frame: Frame, lon: number, lat: number, map: MapAsset = BORDER_MAP): { x: number; y: number } {
  const p = projectLonLat(map, lon, lat);
  return { x: frame.ox + p.x * frame.scale, y: frame.oy + p.y * frame.scale };
}
