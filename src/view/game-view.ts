// Creates the Phaser game that draws the map behind and beside the DOM panels. Phaser's audio is
// off (howler owns sound); `?renderer=canvas` forces the Canvas renderer for cheap headless tests.

import * as Phaser from 'phaser';
import type { ViewModel } from '../machines/view-model';
import { MapScene } from './map-scene';
import { PALETTE } from './palette';

/** The canvas view: feed it view models; destroy it to free the GPU context. */
export interface GameView {
  update(vm: ViewModel): void;
  destroy(): void;
}

/** The renderer requested by the page's URL (`?renderer=canvas`), else AUTO. */
export function rendererFromUrl(search: string): number {
  return new URLSearchParams(search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
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
    },
    scene: [scene],
  });
  return {
    update(vm) {
      scene.setViewModel(vm);
    },
    destroy() {
      game.destroy(true);
    },
  };
}
