// Creates the Phaser game that draws the map behind and beside the DOM panels. Phaser's audio is
// off (howler owns sound). The renderer: `?renderer=canvas` or `?renderer=webgl` in the link forces
// one; otherwise WebGL where the browser has a real GPU for it, and Canvas 2D where WebGL would run
// in software (a blocklisted or missing GPU, a virtual machine), because software WebGL fills
// every pixel of every frame slowly while the browser's own 2D canvas stays quick there.

import * as Phaser from 'phaser';
import type { ViewModel } from '../machines/view-model';
import { MapScene } from './map-scene';
import { PALETTE } from './palette';

/** The canvas view: feed it view models; destroy it to free the GPU context. */
export interface GameView {
  update(vm: ViewModel): void;
  destroy(): void;
}

/** Renderer names of WebGL implementations that draw on the CPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/** Whether this browser's WebGL would draw in software (or is missing): then Canvas 2D is faster. */
export function softwareWebGL(doc: Document = document): boolean {
  try {
    const probe = doc.createElement('canvas');
    const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true }) as WebGLRenderingContext | null;
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name);
  } catch {
    return true;
  }
}

/** The renderer requested by the page's URL (`?renderer=canvas|webgl`), else the faster one here. */
export function rendererFromUrl(search: string): number {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'canvas') return Phaser.CANVAS;
  if (asked === 'webgl') return Phaser.WEBGL;
  return softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;
}

/** Creates the map view inside `parent` (the page's #game-canvas). */
export function createGameView(parent: HTMLElement): GameView {
  const scene = new MapScene();
  const game = new Phaser.Game({
    type: rendererFromUrl(window.location.search),
    parent,
    backgroundColor: PALETTE.sea,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 640,
      height: parent.clientHeight || 400,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      // No polling of the page's layout every half second: the observer below reports each change.
      resizeInterval: 1e9,
    },
    scene: [scene],
  });
  // The map's column changes width with the screen: follow it in the same frame as the layout
  // change, instead of a separate janky frame up to half a second later.
  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => { if (game.isBooted && game.scale.getParentBounds()) game.scale.refresh(); })
    : null;
  observer?.observe(parent);
  return {
    update(vm) {
      scene.setViewModel(vm);
    },
    destroy() {
      observer?.disconnect();
      game.destroy(true);
    },
  };
}
