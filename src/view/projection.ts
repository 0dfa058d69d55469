// Map projection for the border region: a plain equirectangular projection (longitude scaled by
// the cosine of the mid latitude) fitted into a box. The whole region always shows; spare room in
// the box shows a little more of the surroundings (up to a cap) instead of empty margins.
// Pure, so it is tested without a browser.

/** The region that must always be visible: roughly Sa Kaeo to the Emerald Triangle. */
export const REGION = { lonMin: 102.3, lonMax: 105.8, latMin: 12.5, latMax: 15.0 } as const;

/** A lon/lat rectangle. */
export interface Bounds {
  lonMin: number;
  lonMax: number;
  latMin: number;
  latMax: number;
}

/** A screen rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Projects lon/lat to screen x/y inside a box. */
export interface Projection {
  (lon: number, lat: number): { x: number; y: number };
  /** The screen rectangle the map fills. */
  readonly frame: Box;
  /** The lon/lat rectangle visible in the frame (the region plus any extra room). */
  readonly bounds: Bounds;
}

/**
 * Fits `region` into `box` keeping its aspect ratio. Spare room shows more of the surroundings,
 * up to `maxGrow` times the region's span on each axis; what is left is margin. `align` places
 * the frame at the top of the box or in its centre.
 */
export function fitProjection(box: Box, region: Bounds = REGION, align: 'center' | 'top' = 'center', maxGrow = 1.5): Projection {
  const cos = Math.cos(((region.latMin + region.latMax) / 2) * (Math.PI / 180));
  const spanX = (region.lonMax - region.lonMin) * cos;
  const spanY = region.latMax - region.latMin;
  const scale = Math.max(1e-6, Math.min(box.width / spanX, box.height / spanY));
  const viewX = Math.min(box.width / scale, spanX * maxGrow);
  const viewY = Math.min(box.height / scale, spanY * maxGrow);
  const midLon = (region.lonMin + region.lonMax) / 2;
  const midLat = (region.latMin + region.latMax) / 2;
  const bounds = {
    lonMin: midLon - viewX / cos / 2, lonMax: midLon + viewX / cos / 2,
    latMin: midLat - viewY / 2, latMax: midLat + viewY / 2,
  };
  const width = viewX * scale;
  const height = viewY * scale;
  const y = align === 'top' ? box.y : box.y + (box.height - height) / 2;
  const frame = { x: box.x + (box.width - width) / 2, y, width, height };
  const project = (lon: number, lat: number) => ({
    x: frame.x + (lon - bounds.lonMin) * cos * scale,
    y: frame.y + (bounds.latMax - lat) * scale,
  });
  return Object.assign(project, { frame, bounds });
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Places labels greedily: tries right, left, above and below each point, avoiding the markers,
 * earlier labels and `obstacles` (e.g. country names); drops what cannot fit.
 */
export function placeLabels(
  items: { id: string; x: number; y: number; width: number; height: number }[],
  bounds: Box,
  obstacles: Box[] = [],
  gap = 8,
): Map<string, { x: number; y: number }> {
  const placed: Box[] = [...obstacles];
  const out = new Map<string, { x: number; y: number }>();
  const inside = (a: Box) =>
    a.x >= bounds.x && a.y >= bounds.y && a.x + a.width <= bounds.x + bounds.width && a.y + a.height <= bounds.y + bounds.height;
  // Reserve the markers themselves so no label covers another point.
  for (const it of items) placed.push({ x: it.x - 5, y: it.y - 5, width: 10, height: 10 });
  for (const it of items) {
    const candidates: Box[] = [
      { x: it.x + gap, y: it.y - it.height / 2, width: it.width, height: it.height },
      { x: it.x - gap - it.width, y: it.y - it.height / 2, width: it.width, height: it.height },
      { x: it.x - it.width / 2, y: it.y - gap - it.height, width: it.width, height: it.height },
      { x: it.x - it.width / 2, y: it.y + gap, width: it.width, height: it.height },
    ];
    const spot = candidates.find((c) => inside(c) && placed.every((p) => !overlaps(c, p)));
    if (!spot) continue;
    placed.push(spot);
    out.set(it.id, { x: spot.x, y: spot.y });
  }
  return out;
}
