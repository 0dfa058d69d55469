// Creates the Phaser game that draws the map behind and beside the DOM panels. Phaser's audio is
// off (howler owns sound). The renderer is chosen in renderer-choice.ts.

import * as Phaser from 'phaser';
import type { ViewModel } from '../machines/view-model';
import { MapScene } from './map-scene';
import { PALETTE } from './palette';
import { rendererFromUrl } from './renderer-choice';

/** The canvas view: feed it view models; destroy it to free the GPU context. */
export interface GameView {
  update(vm: ViewModel): void;
  destroy(): void;
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
