// The map's layers under a frame (asset pixels → screen): land and coast, the border with a casing
// and the fighting band (shapes built once and moved by the frame), measures in place at the border
// sites, and displaced civilians as arrows flowing away from the border into each country.

import * as Phaser from 'phaser';
import type { Level, SiteDef } from '../sim/level';
import type { GameState } from '../sim/state';
import { BORDER_MAP } from './map-asset';
import { toScreen, type Frame } from './map-frame';
import { MARKS } from './legend';
import { activeMeasures } from './measures';
import { PALETTE } from './palette';
import { PROVINCES } from './provinces';

const FILLS: Record<string, number> = { th: PALETTE.thailand, kh: PALETTE.cambodia, la: PALETTE.laos, vn: PALETTE.laos };

/** The static map as shape objects in asset pixels (triangulated once, not every frame). */
export interface LandLayer {
  container: Phaser.GameObjects.Container;
  coasts: Phaser.GameObjects.Polygon[];
  casing: Phaser.GameObjects.Polygon[];
  border: Phaser.GameObjects.Polygon[];
  fighting: Phaser.GameObjects.Polygon[];
}

function shape(scene: Phaser.Scene, flat: readonly number[], closed: boolean): Phaser.GameObjects.Polygon {
  const poly = scene.add.polygon(0, 0, [...flat]).setOrigin(0, 0);
  poly.closePath = closed;
  // Shapes offset their points by the bounds' top-left; undo it so asset pixels stay absolute.
  poly.setDisplayOrigin(0, 0);
  poly.setPosition(0, 0);
  return poly;
}

/** Builds countries, coasts, the fighting band and the Thailand–Cambodia border, once per scene. */
export function createLand(scene: Phaser.Scene): LandLayer {
  const container = scene.add.container(0, 0).setDepth(1);
  const coasts: Phaser.GameObjects.Polygon[] = [];
  for (const c of BORDER_MAP.countries) {
    for (const ring of c.rings) {
      const p = shape(scene, ring, true).setFillStyle(FILLS[c.id] ?? PALETTE.laos, 1).setStrokeStyle(1, PALETTE.coast, 0.7);
      coasts.push(p);
      container.add(p);
    }
  }
  const lines = (width: number, colour: number, alpha: number) => BORDER_MAP.border.map((l) => {
    const p = shape(scene, l, false).setStrokeStyle(width, colour, alpha);
    p.isFilled = false;
    container.add(p);
    return p;
  });
  const fighting = lines(1, PALETTE.fighting, 1);
  const casing = lines(4.5, PALETTE.borderCasing, 0.55);
  const border = lines(2, PALETTE.border, 0.95);
  return { container, coasts, casing, border, fighting };
}

/** Places the land under `f`, keeping line widths constant on screen; the band follows intensity. */
export function placeLand(land: LandLayer, f: Frame, intensity: number, unit: number): void {
  land.container.setPosition(f.ox, f.oy).setScale(f.scale);
  const px = (w: number) => w / f.scale;
  for (const p of land.coasts) p.setStrokeStyle(px(1), PALETTE.coast, 0.7);
  for (const p of land.casing) p.setStrokeStyle(px(4.5), PALETTE.borderCasing, 0.55);
  for (const p of land.border) p.setStrokeStyle(px(2), PALETTE.border, 0.95);
  const c = Phaser.Display.Color.Interpolate.ColorWithColor(
    Phaser.Display.Color.ValueToColor(PALETTE.calm), Phaser.Display.Color.ValueToColor(PALETTE.fighting), 100, Math.round(intensity * 100));
  for (const p of land.fighting) {
    p.setVisible(intensity > 0.02);
    p.setStrokeStyle(px((2 + 9 * intensity) * unit), Phaser.Display.Color.GetColor(c.r, c.g, c.b), 0.9);
  }
}

/** Observers, demining teams and corridors at the level's border sites, when in place. */
export function drawMeasures(g: Phaser.GameObjects.Graphics, f: Frame, level: Level, game: GameState): void {
  const m = activeMeasures(level, game);
  const border = level.sites.filter((s) => s.side === 'border');
  border.forEach((s, i) => {
    const { x, y } = toScreen(f, s.lon, s.lat);
    if (m.observers && i % 2 === 0) MARKS.observers(g, x - 13, y - 12);
    if (m.demining) MARKS.demining(g, x + 13, y - 12);
    if (m.corridors && i % 3 === 1) MARKS.corridors(g, x, y + 15);
  });
}

/** Where civilians near `site` flee to: the nearest province capital on each side of the line. */
function refuges(site: SiteDef): { side: 'th' | 'kh'; lon: number; lat: number }[] {
  const sides = site.side === 'border' ? (['th', 'kh'] as const) : site.side === 'th' ? (['th'] as const) : (['kh'] as const);
  return sides.map((side) => {
    const near = PROVINCES.filter((p) => p.side === side)
      .reduce((best, p) => (Math.hypot(p.lon - site.lon, p.lat - site.lat) < Math.hypot(best.lon - site.lon, best.lat - site.lat) ? p : best));
    return { side, lon: near.lon, lat: near.lat };
  });
}

/**
 * Displaced civilians: an arrow from each border site towards the nearest provincial capital on
 * each side, thicker with more people displaced; `phase` (0..1) slides chevrons along each arrow.
 */
export function drawFlows(g: Phaser.GameObjects.Graphics, f: Frame, level: Level, displaced: number, unit: number, phase: number): void {
  if (displaced < 1000) return;
  const weight = Math.min(1, Math.sqrt(displaced / 600_000));
  const width = (1.5 + 4 * weight) * unit;
  const sites = level.sites.filter((s) => s.side === 'border').filter((_, i) => i % 2 === 0);
  for (const site of sites) {
    for (const to of refuges(site)) {
      const a = toScreen(f, site.lon, site.lat);
      const b0 = toScreen(f, to.lon, to.lat);
      // Stop well short of the capital: the arrow shows a direction, not a destination.
      const len = Math.hypot(b0.x - a.x, b0.y - a.y);
      const reach = Math.min(len * 0.6, 70 * unit);
      if (len < 1) continue;
      const ux = (b0.x - a.x) / len, uy = (b0.y - a.y) / len;
      const s = { x: a.x + ux * 12 * unit, y: a.y + uy * 12 * unit };
      const e = { x: a.x + ux * reach, y: a.y + uy * reach };
      g.lineStyle(width, PALETTE.displaced, 0.85).lineBetween(s.x, s.y, e.x, e.y);
      const head = 4 * unit + width;
      g.fillStyle(PALETTE.displaced, 1).fillTriangle(
        e.x + ux * head, e.y + uy * head, e.x - uy * head * 0.7, e.y + ux * head * 0.7, e.x + uy * head * 0.7, e.y - ux * head * 0.7);
      const t = phase % 1;
      const c = { x: s.x + (e.x - s.x) * t, y: s.y + (e.y - s.y) * t };
      g.fillStyle(0xffffff, 0.7).fillCircle(c.x, c.y, Math.max(1.5, width * 0.45));
    }
  }
}
