// The one Phaser scene: the real border region from the map asset (countries, coast, the
// Thailand–Cambodia line), province names, the level's sites, and what the latest snapshot says is
// happening: fighting along the line, observers, demining and corridors where deployed, displaced
// civilians flowing away from the border, and the last report's incidents pulsing where they
// happened. When incidents come in, the map zooms to the worst one (instantly with reduced motion;
// map-zoom.ts frames the map and runs the zoom). It only reads snapshots; it sends nothing.

import * as Phaser from 'phaser';
import type { ViewModel } from '../machines/view-model';
import type { Level } from '../sim/level';
import { toScreen } from './map-frame';
import { MapZoom } from './map-zoom';
import { createLand, drawFlows, drawMeasures, placeLand, prepareZoom, type LandLayer } from './map-layers';
import { drawLegend, fitLineHeight, layoutLegend, letterSpacingAllowed, mapTextStyle, MARKS } from './legend';
import { PALETTE } from './palette';
import { overlaps, placeLabels, type Box } from './projection';
import { COUNTRY_NAMES, shorten, textKey, weight } from './map-words';
import { PROVINCES, provinceName } from './provinces';
import { recordTween, reducedMotion } from './motion-probe';
import { TextCache } from './text-cache';
import { locale, t } from '../i18n/i18n';

/** Scene key (the only scene). */
export const MAP_SCENE = 'map';

type Label = { text: Phaser.GameObjects.Text; lon: number; lat: number; site?: string };
type Text = Phaser.GameObjects.Text;

/** Draws the map and reconciles it with each view model. */
export class MapScene extends Phaser.Scene {
  private vm: ViewModel | null = null;
  private ready = false;
  private statics: Phaser.GameObjects.GameObject[] = [];
  private land!: LandLayer;
  private overlay!: Phaser.GameObjects.Graphics;
  private marks!: Phaser.GameObjects.Graphics;
  private names: Label[] = [];
  private siteLabels: Label[] = [];
  private pulses: Phaser.GameObjects.Arc[] = [];
  private focus: { lon: number; lat: number } | null = null;
  private readonly zoom = new MapZoom({
    tween: (config) => this.tweens.add(config),
    redraw: () => this.redraw(),
    prepare: (from, to, unit) => prepareZoom(this.land, from, to, this.vm?.game?.intensity ?? 0, unit),
  });
  private flow = { phase: 0 };
  private flowTween: Phaser.Tweens.Tween | null = null;
  private drawnLevel: string | null = null;
  private drawnText = '';
  private pulsedReport: string | null = null;
  private font = 13;
  private texts = new TextCache();

  constructor() {
    super({ key: MAP_SCENE });
  }

  create(): void {
    this.ready = true;
    this.land = createLand(this);
    this.overlay = this.add.graphics().setDepth(4);
    this.marks = this.add.graphics().setDepth(5);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.rebuild());
    this.rebuild();
  }

  /** Records every running tween's length for the reduced-motion test hook. */
  override update(): void {
    for (const t of this.tweens.getTweens()) recordTween(t.duration);
  }

  /** Stores the latest snapshot and reconciles the drawing with it. */
  setViewModel(vm: ViewModel): void {
    this.vm = vm;
    if (!this.ready) return;
    if ((vm.level?.id ?? null) !== this.drawnLevel || textKey(vm.level) !== this.drawnText) this.rebuild();
    else this.sync();
  }

  private rebuild(): void {
    for (const o of this.statics) o.destroy();
    this.statics = [];
    this.names = [];
    this.siteLabels = [];
    this.texts.begin(textKey(this.vm?.level ?? null) !== this.drawnText);
    const { width, height } = this.scale.gameSize;
    this.font = width < 420 ? 11 : 13;
    const legend = layoutLegend(this, width, this.font, (key, make) => this.cached(`legend|${key}`, make));
    const mapHeight = Math.max(40, height - legend.height);
    this.zoom.fit({ x: 0, y: 0, width, height: mapHeight });
    const level = this.vm?.level ?? null;
    this.drawnLevel = level?.id ?? null;
    this.drawnText = textKey(level);
    this.makeNames(width);
    if (level) this.makeSiteLabels(level);
    this.statics.push(...drawLegend(this, width, mapHeight, this.font, legend).filter((o) => !(o instanceof Phaser.GameObjects.Text)));
    this.texts.end();
    this.pulsedReport = null;
    this.redraw();
    this.sync();
  }

  /** A kept text (see TextCache); a second copy in one layout is destroyed with the layout. */
  private cached(key: string, make: () => Text): Text {
    return this.texts.get(key, make, (once) => this.statics.push(once));
  }

  /**
   * A map text, set up by `setup` the first time; `kind` names the setup, so the same words set up
   * another way are another text.
   */
  private text(kind: string, s: string, size: number, color: string, extra: Phaser.Types.GameObjects.Text.TextStyle,
    setup: (t: Text) => Text): Text {
    return this.cached(`${kind}|${size}|${color}|${JSON.stringify(extra)}|${s}`,
      () => setup(fitLineHeight(this.add.text(0, 0, s, mapTextStyle(size, color, extra)), size)));
  }

  private makeNames(width: number): void {
    const big = Math.max(13, Math.min(22, width / 24));
    // Spaced capitals suit Latin names; Thai and Khmer have no capitals and spacing breaks their marks.
    const spaced = letterSpacingAllowed();
    for (const c of COUNTRY_NAMES) {
      const size = c.big ? big : Math.max(10, big * 0.6);
      const label = this.text('country', t(`classroom.map.country.${c.id}`), size, PALETTE.text, { fontStyle: 'bold' },
        (l) => l.setOrigin(0.5).setAlpha(0.55).setLetterSpacing(spaced ? size / 4 : 0).setDepth(3));
      this.names.push({ text: label, lon: c.lon, lat: c.lat });
    }
    for (const p of PROVINCES) {
      const label = this.text('province', provinceName(p).toLocaleUpperCase(locale()), Math.max(9, this.font - 3), PALETTE.provinceText,
        { fontStyle: 'italic' }, (l) => l.setOrigin(0.5).setLetterSpacing(spaced ? 1 : 0).setDepth(3));
      this.names.push({ text: label, lon: p.lon, lat: p.lat });
    }
  }

  private makeSiteLabels(level: Level): void {
    // Contested sites first, so they get the first pick of label spots.
    const sites = [...level.sites].sort((a, b) => Number(b.side === 'border') - Number(a.side === 'border'));
    for (const s of sites) {
      // Both names of a shared site ("Ta Muen Thom / Ta Moan Thom") stay visible, one per line.
      const name = s.name.split(' / ').map((n) => shorten(n, 24)).join('\n');
      const label = this.text('site', name, this.font, PALETTE.text, {}, (l) => l.setDepth(6).setShadow(1, 1, '#000000', 3, false, true));
      this.siteLabels.push({ text: label, lon: s.lon, lat: s.lat, site: s.id });
    }
  }

  /** Redraws everything that depends on the frame: land, border, labels, overlays. */
  private redraw(): void {
    const f = this.zoom.frame;
    const view = this.zoom.view;
    const boxes: Box[] = [];
    for (const n of this.names) {
      const { x, y } = toScreen(f, n.lon, n.lat);
      n.text.setPosition(x, y);
      const inView = x > 0 && x < view.width && y > 0 && y < view.height;
      n.text.setVisible(inView);
      boxes.push({ x: x - n.text.width / 2, y: y - n.text.height / 2, width: n.text.width, height: n.text.height });
    }
    const level = this.vm?.level;
    this.marks.clear();
    if (level) {
      const items = this.siteLabels.map((l) => ({ id: l.site ?? '', ...toScreen(f, l.lon, l.lat), width: l.text.width, height: l.text.height }));
      const spots = placeLabels(items, view, boxes.slice(0, COUNTRY_NAMES.length));
      const taken: Box[] = items.map((it) => ({ x: it.x - 7, y: it.y - 7, width: 14, height: 14 }));
      for (const l of this.siteLabels) {
        const spot = spots.get(l.site ?? '');
        l.text.setVisible(Boolean(spot));
        if (spot) l.text.setPosition(spot.x, spot.y);
        if (spot) taken.push({ x: spot.x, y: spot.y, width: l.text.width, height: l.text.height });
      }
      // Province names are context: they give way to sites and their labels.
      this.names.slice(COUNTRY_NAMES.length).forEach((n, i) => {
        const b = boxes[COUNTRY_NAMES.length + i];
        if (n.text.visible && b && taken.some((t) => overlaps(t, b))) n.text.setVisible(false);
      });
      for (const s of level.sites) {
        const { x, y } = toScreen(f, s.lon, s.lat);
        (s.side === 'border' ? MARKS.flashpoint : MARKS.site)(this.marks, x, y);
      }
    }
    for (const p of this.pulses) {
      const at = p.getData('at') as { lon: number; lat: number };
      const { x, y } = toScreen(f, at.lon, at.lat);
      p.setPosition(x, y);
    }
    this.drawOverlay();
  }

  /** Fighting, measures and flows: what changes with the game state. */
  private drawOverlay(): void {
    const g = this.overlay;
    g.clear();
    const game = this.vm?.game;
    const level = this.vm?.level;
    const { frame } = this.zoom;
    const unit = this.zoom.unit();
    // While a zoom runs the land's last drawing is scaled along; it is drawn afresh once it settles.
    placeLand(this.land, frame, game?.intensity ?? 0, unit, this.zoom.settled);
    if (!game || !level) return;
    drawFlows(g, frame, level, game.displaced, unit, this.flow.phase);
    drawMeasures(g, frame, level, game);
  }

  private sync(): void {
    const game = this.vm?.game;
    const level = this.vm?.level;
    this.animateFlows(Boolean(game && game.displaced >= 1000));
    this.drawOverlay();
    if (level) this.syncIncidents(level);
    const wantFocus = this.vm?.screen === 'world' ? this.focus : null;
    this.zoom.zoomTo(wantFocus);
  }

  private animateFlows(on: boolean): void {
    if (on && !reducedMotion() && !this.flowTween) {
      this.flowTween = this.tweens.add({ targets: this.flow, phase: 1, duration: 2400, repeat: -1, onUpdate: () => this.drawOverlay() });
    } else if ((!on || reducedMotion()) && this.flowTween) {
      this.flowTween.remove();
      this.flowTween = null;
      this.flow.phase = 0.5;
    }
  }

  /** Pulses the last report's incidents and picks the one to zoom to. */
  private syncIncidents(level: Level): void {
    const game = this.vm?.game;
    const report = game?.reports[game.reports.length - 1];
    const key = report ? `${game?.seed}-${report.round}` : null;
    if (key === this.pulsedReport) return;
    this.pulsedReport = key;
    for (const p of this.pulses) p.destroy();
    this.pulses = [];
    this.focus = null;
    if (!report) return;
    const still = reducedMotion();
    const placed = report.incidents.filter((inc) => level.sites.some((s) => s.id === inc.site));
    placed.forEach((inc, i) => {
      const site = level.sites.find((s) => s.id === inc.site)!;
      const at = { lon: site.lon, lat: site.lat };
      const { x, y } = toScreen(this.zoom.frame, at.lon, at.lat);
      const ring = this.add.circle(x, y, 10).setStrokeStyle(3, PALETTE.incident, 1).setDepth(7).setData('at', at);
      this.pulses.push(ring);
      if (still) return;
      const wave = this.add.circle(x, y, 10).setStrokeStyle(2, PALETTE.incident, 1).setDepth(7).setData('at', at);
      this.pulses.push(wave);
      this.tweens.add({ targets: wave, scale: 2.8, alpha: 0, duration: 1100, repeat: 3, delay: i * 180, ease: 'Sine.easeOut' });
    });
    const worst = [...placed].sort((a, b) => weight(b) - weight(a))[0];
    const site = worst && level.sites.find((s) => s.id === worst.site);
    this.focus = site ? { lon: site.lon, lat: site.lat } : null;
  }
}
