// The map's framing: the frame that fits the whole region into the map's view, and the zoom towards
// the worst incident and back out, tweened unless motion is reduced. Kept apart from the scene so the
// scene only says where to look; this file knows how the frame gets there and keeps it right when
// the view changes size.

import type * as Phaser from 'phaser';
import { BORDER_MAP, projectLonLat } from './map-asset';
import { fitFrame, mixFrames, zoomFrame, type Frame } from './map-frame';
import { reducedMotion } from './motion-probe';
import type { Box } from './projection';

/** A place on the map, in degrees. */
type Place = { lon: number; lat: number };

/** How much closer a zoom to an incident brings the map than the whole region. */
const ZOOM_FACTOR = 1.8;

/** What the zoom needs from the scene it frames. */
export interface ZoomHost {
  /** Starts a tween (the scene's tween manager). */
  tween(config: Phaser.Types.Tweens.TweenBuilderConfig): Phaser.Tweens.Tween;
  /** Draws everything that depends on the frame, at the current frame. */
  redraw(): void;
  /** Draws the land once for a whole zoom from `from` to `to`, with marks of size `unit`. */
  prepare(from: Frame, to: Frame, unit: number): void;
}

/** The frame the map is drawn in, and its zoom between the whole region and one place. */
export class MapZoom {
  private box: Box = { x: 0, y: 0, width: 1, height: 1 };
  /** The frame that shows the whole region in the view. */
  private base: Frame = { scale: 1, ox: 0, oy: 0 };
  private now: Frame = { scale: 1, ox: 0, oy: 0 };
  private tween: Phaser.Tweens.Tween | null = null;
  private targetKey: string | null = null;
  /** Where the latest zoom went (null: the whole region). */
  private zoomedTo: Place | null = null;

  constructor(private readonly host: ZoomHost) {}

  /** The map's part of the canvas (above the legend). */
  get view(): Box {
    return this.box;
  }

  /** The frame drawn now (mid-zoom, a blend of two frames). */
  get frame(): Frame {
    return this.now;
  }

  /** No zoom is running: the frame is where it will stay. */
  get settled(): boolean {
    return this.tween === null;
  }

  /**
   * Frames the map for a new `view`. Frames are sized for one view: a zoom tweening between frames
   * of the old size would end there, fitting the map to the old view in a corner of the new one.
   * Stop it at its end, made for this size; the focus is the zoom's target, not the last report's
   * (outside the world screen the map is not zoomed).
   */
  fit(view: Box): void {
    this.box = view;
    this.base = fitFrame(view);
    this.tween?.remove();
    this.tween = null;
    this.now = this.zoomedTo ? this.closeTo(this.zoomedTo) : this.base;
  }

  /** Size of marks relative to a 600 px wide map, growing gently when zoomed in. */
  unit(f: Frame = this.frame): number {
    return Math.max(0.6, Math.min(1.6, this.box.width / 600)) * Math.sqrt(f.scale / this.base.scale);
  }

  /** Zooms towards `to` (or back out to the whole region), tweened unless motion is reduced. */
  zoomTo(to: Place | null): void {
    const key = to ? `${to.lon},${to.lat}` : null;
    if (key === this.targetKey) return;
    this.targetKey = key;
    this.zoomedTo = to;
    const target = to ? this.closeTo(to) : this.base;
    this.tween?.remove();
    this.tween = null;
    if (reducedMotion()) {
      this.now = target;
      this.host.redraw();
      return;
    }
    const from = { ...this.frame };
    // The land is drawn once for the whole zoom, which then only moves and scales that drawing.
    const wide = target.scale < from.scale ? target : from;
    this.host.prepare(from, target, this.unit(wide));
    const state = { t: 0 };
    const tween = this.host.tween({
      targets: state, t: 1, duration: 700, ease: 'Cubic.easeInOut',
      onUpdate: () => { this.now = mixFrames(from, target, state.t); this.host.redraw(); },
      onComplete: () => {
        if (this.tween !== tween) return;
        this.tween = null;
        this.now = target;
        this.host.redraw();
      },
    });
    this.tween = tween;
    this.host.redraw();
  }

  /** The frame zoomed in on `p`, for the current view. */
  private closeTo(p: Place): Frame {
    const a = projectLonLat(BORDER_MAP, p.lon, p.lat);
    return zoomFrame(this.base, this.box, a.x, a.y, ZOOM_FACTOR);
  }
}
