// The map's layers under a frame (asset pixels → screen): land and coast, the border with a casing
// and the fighting band (shapes built once and moved by the frame), measures in place at the border
// sites, and displaced civilians as arrows flowing away from the border into each country.

import * as Phaser from 'phaser';
import type { Level, SiteDef } from '../sim/level';
import type { GameState } from '../sim/state';
import { BORDER_MAP } from './map-asset';
import { mixFrames, toScreen, type Frame } from './map-frame';
import { MARKS } from './legend';
import { activeMeasures } from './measures';
import { PALETTE } from './palette';
import { PROVINCES } from './provinces';

const FILLS: Record<string, number> = { th: PALETTE.thailand, kh: PALETTE.cambodia, la: PALETTE.laos, vn: PALETTE.laos };

/**
 * The static map: shape objects in asset pixels (triangulated once), kept off the display list and
 * drawn into one texture only when what they show changes (size, zoom at rest, fighting level).
 * Every other frame the map costs one textured quad, moved and scaled with the frame while a zoom
 * runs, instead of thousands of stroked segments redrawn each frame.
 */
export interface LandLayer {
  container: Phaser.GameObjects.Container;
  coasts: Phaser.GameObjects.Polygon[];
  casing: Phaser.GameObjects.Polygon[];
  border: Phaser.GameObjects.Polygon[];
  fighting: Phaser.GameObjects.Polygon[];
  /** The texture the shapes are drawn into, shown on the map. */
  image: Phaser.GameObjects.RenderTexture;
  /**
   * What the texture holds: the frame it was drawn under, where its top-left pixel sits on the
   * screen under that frame (it may reach past the view, to serve a zoom), the view's size and the
   * fighting band it was drawn with. Null: nothing yet.
   */
  drawn: { frame: Frame; x: number; y: number; width: number; height: number; intensity: number; unit: number } | null;
}

function shape(scene: Phaser.Scene, flat: readonly number[], closed: boolean): Phaser.GameObjects.Polygon {
  // Added to the container below, which takes it off the scene's display list.
  const poly = scene.add.polygon(0, 0, [...flat]).setOrigin(0, 0);
  poly.closePath = closed;
  // Shapes offset their points by the bounds' top-left; undo it so asset pixels stay absolute.
  poly.setDisplayOrigin(0, 0);
  poly.setPosition(0, 0);
  return poly;
}

/** Builds countries, coasts, the fighting band and the Thailand–Cambodia border, once per scene. */
export function createLand(scene: Phaser.Scene): LandLayer {
  // Not on the display list: only the texture they are drawn into is.
  const container = scene.make.container({ x: 0, y: 0 }, false);
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
  const { width, height } = scene.scale.gameSize;
  const image = scene.add.renderTexture(0, 0, Math.max(1, width), Math.max(1, height)).setOrigin(0, 0).setDepth(1);
  return { container, coasts, casing, border, fighting, image, drawn: null };
}

const sameFrame = (a: Frame, b: Frame) => Math.abs(a.scale - b.scale) < 1e-9 && Math.abs(a.ox - b.ox) < 0.01 && Math.abs(a.oy - b.oy) < 0.01;

/** The fighting band's level as drawn: whole percents, as its colour is picked. */
const bandLevel = (intensity: number) => Math.round(Math.max(0, Math.min(1, intensity)) * 100);

/** The most a drawing may reach past the view on each side, in views (bounds the texture's size). */
const MAX_REACH = 1;

/**
 * Draws the shapes into the texture under `c`, keeping line widths constant on screen. The texture
 * covers the view and whatever else the frames in `serves` show of it (a zoom's path), so the
 * drawing can be scaled along with the zoom without gaps at the edges.
 */
function drawLand(land: LandLayer, c: Frame, intensity: number, unit: number, width: number, height: number, serves: readonly Frame[]): void {
  let x0 = 0, y0 = 0, x1 = width, y1 = height;
  for (const f of serves) {
    // The view under `f`, in screen pixels under `c`.
    const k = c.scale / f.scale;
    x0 = Math.min(x0, c.ox - f.ox * k); y0 = Math.min(y0, c.oy - f.oy * k);
    x1 = Math.max(x1, c.ox + (width - f.ox) * k); y1 = Math.max(y1, c.oy + (height - f.oy) * k);
  }
  x0 = Math.floor(Math.max(x0, -width * MAX_REACH)); y0 = Math.floor(Math.max(y0, -height * MAX_REACH));
  x1 = Math.ceil(Math.min(x1, width * (1 + MAX_REACH))); y1 = Math.ceil(Math.min(y1, height * (1 + MAX_REACH)));
  // Even sizes, as Phaser rounds a texture's size up to even numbers.
  const even = (v: number) => Math.max(2, v + (v & 1));
  const w = even(x1 - x0), h = even(y1 - y0);
  // A texture of another size is made anew rather than resized in place, so nothing of a drawing
  // area from an earlier size (before a layout change) can remain.
  if (land.image.width !== w || land.image.height !== h) {
    const old = land.image;
    land.image = old.scene.add.renderTexture(0, 0, w, h).setOrigin(0, 0).setDepth(old.depth);
    old.destroy();
  }
  land.container.setPosition(c.ox - x0, c.oy - y0).setScale(c.scale);
  const px = (v: number) => v / c.scale;
  for (const p of land.coasts) p.setStrokeStyle(px(1), PALETTE.coast, 0.7);
  for (const p of land.casing) p.setStrokeStyle(px(4.5), PALETTE.borderCasing, 0.55);
  for (const p of land.border) p.setStrokeStyle(px(2), PALETTE.border, 0.95);
  const colour = Phaser.Display.Color.Interpolate.ColorWithColor(
    Phaser.Display.Color.ValueToColor(PALETTE.calm), Phaser.Display.Color.ValueToColor(PALETTE.fighting), 100, bandLevel(intensity));
  for (const p of land.fighting) {
    p.setVisible(intensity > 0.02);
    p.setStrokeStyle(px((2 + 9 * intensity) * unit), Phaser.Display.Color.GetColor(colour.r, colour.g, colour.b), 0.9);
  }
  land.image.clear().draw(land.container).render();
  land.drawn = { frame: { ...c }, x: x0, y: y0, width, height, intensity, unit };
}

/**
 * Places the land under `f`; the band follows intensity. The texture is drawn again only when it
 * would look different: a new size or fighting level, or (`settled`, no zoom running) a new frame.
 * While a zoom runs (`settled` false) the last drawing is scaled and moved with the frame.
 */
export function placeLand(land: LandLayer, f: Frame, intensity: number, unit: number, settled = true): void {
  const { width, height } = land.image.scene.scale.gameSize;
  const d = land.drawn;
  const stale = !d || d.width !== width || d.height !== height || bandLevel(d.intensity) !== bandLevel(intensity) ||
    (intensity > 0.02) !== (d.intensity > 0.02) ||
    (settled && (!sameFrame(d.frame, f) || Math.abs(d.unit - unit) > 1e-6));
  if (stale) drawLand(land, f, intensity, unit, width, height, []);
  showLand(land, f);
}

/**
 * Draws the land for a zoom from `from` to `to`: under the wider of the two frames, reaching as far
 * as any frame between them shows, so the zoom only moves and scales the drawing.
 */
export function prepareZoom(land: LandLayer, from: Frame, to: Frame, intensity: number, unit: number): void {
  const { width, height } = land.image.scene.scale.gameSize;
  const path = Array.from({ length: 9 }, (_, i) => mixFrames(from, to, i / 8));
  drawLand(land, to.scale < from.scale ? to : from, intensity, unit, width, height, path);
  showLand(land, from);
}

/** Moves and scales the drawing so it sits under `f`. */
function showLand(land: LandLayer, f: Frame): void {
  const d = land.drawn;
  if (!d) return;
  const c = d.frame;
  const k = f.scale / c.scale;
  land.image.setPosition(f.ox + (d.x - c.ox) * k, f.oy + (d.y - c.oy) * k).setScale(k);
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
