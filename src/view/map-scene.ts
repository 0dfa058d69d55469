// The one Phaser scene: the border region drawn from the level (territories, a schematic border
// through the border sites, flashpoints with names), plus what the latest snapshot says is
// happening: fighting as a red band along the line, observers, demining and corridors as icons,
// and the last report's incidents pulsing at their sites. It only reads snapshots; it sends nothing.

import * as Phaser from 'phaser';
import type { ViewModel } from '../machines/view-model';
import type { Level } from '../sim/level';
import { fitProjection, placeLabels, type Projection } from './projection';
import { alongSegments, borderLine, gulf, laos, territories, type LonLat } from './geography';
import { drawLegend, legendHeight, MARKS } from './legend';
import { FONT, PALETTE } from './palette';
import { activeMeasures } from './measures';

/** Scene key (the only scene). */
export const MAP_SCENE = 'map';

/** Draws the map and reconciles it with each view model. */
export class MapScene extends Phaser.Scene {
  private vm: ViewModel | null = null;
  private ready = false;
  private statics: Phaser.GameObjects.GameObject[] = [];
  private haze: Phaser.GameObjects.Graphics | null = null;
  private icons: Phaser.GameObjects.Graphics | null = null;
  private pulses = new Map<string, Phaser.GameObjects.GameObject>();
  private project: Projection = fitProjection({ x: 0, y: 0, width: 1, height: 1 });
  private line: LonLat[] = [];
  private drawnLevel: string | null = null;
  /** Screen boxes of the country names, which site labels must not cover. */
  private nameBoxes: { x: number; y: number; width: number; height: number }[] = [];
  private pulsedReport: string | null = null;

  constructor() {
    super({ key: MAP_SCENE });
  }

  create(): void {
    this.ready = true;
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.rebuild());
    this.rebuild();
  }

  /** Stores the latest snapshot and reconciles the drawing with it. */
  setViewModel(vm: ViewModel): void {
    this.vm = vm;
    if (!this.ready) return;
    if ((vm.level?.id ?? null) !== this.drawnLevel) this.rebuild();
    else this.sync();
  }

  private rebuild(): void {
    for (const o of this.statics) o.destroy();
    this.statics = [];
    this.haze?.destroy();
    this.icons?.destroy();
    for (const p of this.pulses.values()) p.destroy();
    this.pulses.clear();
    const { width, height } = this.scale.gameSize;
    const level = this.vm?.level ?? null;
    this.drawnLevel = level?.id ?? null;
    const font = width < 420 ? 11 : 13;
    const maxMap = Math.max(40, height - legendHeight(this, width, font));
    this.project = fitProjection({ x: 0, y: 0, width, height: maxMap }, undefined, 'top');
    const mapHeight = this.project.frame.height;
    this.line = borderLine(level?.sites ?? [], this.project.bounds);
    this.drawLand();
    this.haze = this.add.graphics().setDepth(2);
    this.icons = this.add.graphics().setDepth(4);
    if (level) this.drawSites(level, font, { x: 0, y: 0, width, height: mapHeight });
    this.statics.push(...drawLegend(this, width, mapHeight, font));
    this.pulsedReport = null;
    this.sync();
  }

  private vec(p: LonLat): Phaser.Math.Vector2 {
    const { x, y } = this.project(p.lon, p.lat);
    return new Phaser.Math.Vector2(x, y);
  }

  private drawLand(): void {
    const g = this.add.graphics().setDepth(1);
    const view = this.project.bounds;
    const { th, kh } = territories(this.line, view);
    g.fillStyle(PALETTE.thailand, 1).fillPoints(th.map((p) => this.vec(p)), true);
    g.fillStyle(PALETTE.cambodia, 1).fillPoints(kh.map((p) => this.vec(p)), true);
    g.fillStyle(PALETTE.laos, 1).fillPoints(laos(view).map((p) => this.vec(p)), true);
    g.fillStyle(PALETTE.sea, 1).fillPoints(gulf(view).map((p) => this.vec(p)), true);
    this.statics.push(g);
    const border = this.add.graphics().setDepth(3);
    border.lineStyle(2, PALETTE.border, 0.9).strokePoints(this.line.map((p) => this.vec(p)), false);
    this.statics.push(border);
    const f = this.project.frame;
    const big = Math.max(12, Math.min(22, f.width / 22));
    const label = (text: string, lon: number, lat: number, size: number) => {
      const { x, y } = this.project(lon, lat);
      const t = this.add.text(x, y, text, {
        fontFamily: FONT, fontSize: `${size}px`, fontStyle: 'bold', color: PALETTE.text,
        resolution: window.devicePixelRatio || 1,
      }).setOrigin(0.5).setAlpha(0.75).setLetterSpacing(size / 5).setDepth(3);
      this.nameBoxes.push({ x: x - t.width / 2, y: y - t.height / 2, width: t.width, height: t.height });
      this.statics.push(t);
    };
    this.nameBoxes = [];
    label('THAILAND', 103.6, Math.max(14.7, (14.55 + view.latMax) / 2), big);
    label('CAMBODIA', 104.1, Math.min(13.3, (view.latMin + 13.9) / 2), big);
    label('LAOS', Math.min(105.7, (105.5 + view.lonMax) / 2), Math.min(view.latMax - 0.15, 14.85), Math.max(9, big * 0.55));
  }

  private drawSites(level: Level, font: number, bounds: { x: number; y: number; width: number; height: number }): void {
    const marks = this.add.graphics().setDepth(5);
    this.statics.push(marks);
    const style = { fontFamily: FONT, fontSize: `${font}px`, color: PALETTE.text, resolution: window.devicePixelRatio || 1 };
    const texts = level.sites.map((s) => {
      const { x, y } = this.project(s.lon, s.lat);
      (s.side === 'border' ? MARKS.flashpoint : MARKS.site)(marks, x, y);
      // Both names of a shared site ("Ta Muen Thom / Ta Moan Thom") stay visible, one per line.
      const name = s.name.split(' / ').map((n) => (n.length > 24 ? `${n.slice(0, 23)}…` : n)).join('\n');
      const text = this.add.text(0, 0, name, style).setDepth(6).setShadow(1, 1, '#000000', 3, false, true);
      return { id: s.id, x, y, text };
    });
    // Contested sites get the first pick of label spots.
    texts.sort((a, b) => Number(level.sites.find((s) => s.id === b.id)?.side === 'border') - Number(level.sites.find((s) => s.id === a.id)?.side === 'border'));
    const spots = placeLabels(texts.map((t) => ({ id: t.id, x: t.x, y: t.y, width: t.text.width, height: t.text.height })), bounds, this.nameBoxes);
    for (const t of texts) {
      const spot = spots.get(t.id);
      if (spot) t.text.setPosition(spot.x, spot.y);
      else t.text.setVisible(false);
      this.statics.push(t.text);
    }
  }

  /** Redraws what changes with the game: fighting, measures, incident pulses. */
  private sync(): void {
    const game = this.vm?.game ?? null;
    const level = this.vm?.level ?? null;
    const haze = this.haze;
    const icons = this.icons;
    if (!haze || !icons) return;
    haze.clear();
    icons.clear();
    if (!game || !level) return;
    const scale = this.project.frame.width / 600;
    const band = (4 + 36 * game.intensity) * scale;
    // An opaque band (its colour warms with intensity) with a disc at each joint: thick WebGL
    // polylines spike at sharp corners, and translucent overlaps would show as dark blots.
    const colour = Phaser.Display.Color.Interpolate.ColorWithColor(
      Phaser.Display.Color.ValueToColor(PALETTE.calm), Phaser.Display.Color.ValueToColor(PALETTE.fighting), 100, Math.round(game.intensity * 100));
    const fill = Phaser.Display.Color.GetColor(colour.r, colour.g, colour.b);
    const pts = this.line.map((p) => this.vec(p));
    haze.lineStyle(band, fill, 1);
    for (let i = 1; i < pts.length; i++) haze.lineBetween(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y);
    haze.fillStyle(fill, 1);
    for (const p of pts.slice(1, -1)) haze.fillCircle(p.x, p.y, band / 2);
    const m = activeMeasures(level, game);
    const put = (t: number, mark: keyof typeof MARKS, dy: number) => {
      for (const p of alongSegments(this.line, t)) {
        const { x, y } = this.project(p.lon, p.lat);
        MARKS[mark](icons, x, y + dy);
      }
    };
    if (m.observers) put(0.5, 'observers', -12);
    if (m.demining) put(0.3, 'demining', 12);
    if (m.corridors) put(0.75, 'corridors', 18);
    this.syncIncidents(level);
  }

  private syncIncidents(level: Level): void {
    const game = this.vm?.game;
    const report = game?.reports[game.reports.length - 1];
    const key = report ? `${game?.seed}-${report.round}` : null;
    if (key === this.pulsedReport) return;
    this.pulsedReport = key;
    for (const p of this.pulses.values()) p.destroy();
    this.pulses.clear();
    if (!report) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    report.incidents.forEach((inc, i) => {
      const site = level.sites.find((s) => s.id === inc.site);
      if (!site) return;
      const { x, y } = this.project(site.lon, site.lat);
      const ring = this.add.circle(x, y, 9).setStrokeStyle(2.5, PALETTE.incident, 1).setDepth(7);
      this.pulses.set(`${key}-${i}`, ring);
      if (still) return;
      const wave = this.add.circle(x, y, 9).setStrokeStyle(2, PALETTE.incident, 1).setDepth(7);
      this.pulses.set(`${key}-${i}-wave`, wave);
      this.tweens.add({ targets: wave, scale: 2.6, alpha: 0, duration: 1100, repeat: 2, delay: i * 150, ease: 'Sine.easeOut' });
    });
  }
}
