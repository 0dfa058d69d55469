// The bare Phaser baseline of the benchmark: one scene with a rectangle moving on a tween, the same
// game options the map uses (RESIZE scale, no audio, no input). As the startup goal was set: Phaser's
// default renderer (AUTO) over the window. With `?renderer=map` (for frame times, which compare
// drawing): the renderer the map would choose here, in a canvas the size of the map's column on the
// round screens. `?renderer=canvas|webgl` forces one. It marks `window.__bareReady` with the time
// its scene was created, which is when the page is "interactive".
import * as Phaser from 'phaser';
import { rendererFromUrl } from '../../../src/view/renderer-choice';

declare global {
  interface Window {
    /** `performance.now()` when the scene was created. */
    __bareReady?: number;
  }
}

class BareScene extends Phaser.Scene {
  constructor() {
    super('bare');
  }

  create(): void {
    const box = this.add.rectangle(40, 40, 60, 60, 0x1f6fb2);
    this.tweens.add({ targets: box, x: 300, duration: 900, yoyo: true, repeat: -1 });
    window.__bareReady = performance.now();
  }
}

const asked = new URLSearchParams(window.location.search).get('renderer');
const parent = document.getElementById('game-canvas') ?? document.body;
// As src/ui/styles.css sizes the map on the round screens (below 1600 px wide): the same pixels to fill.
if (asked === 'map') {
  document.body.style.margin = '0';
  Object.assign(parent.style, { width: 'clamp(260px, 24vw, 520px)', height: '100vh' });
}
new Phaser.Game({
  type: asked === 'map' ? rendererFromUrl('') : asked === null ? Phaser.AUTO : rendererFromUrl(window.location.search),
  parent,
  backgroundColor: '#dbe9f4',
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  scale: asked === 'map'
    ? { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight }
    : { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BareScene],
});
