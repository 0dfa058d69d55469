// The bare Phaser baseline of the benchmark: one scene with a rectangle moving on a tween, the same
// game options the map uses (renderer from the URL, RESIZE scale, no audio, no input). It marks
// `window.__bareReady` with the time its scene was created, which is when the page is "interactive".
import * as Phaser from 'phaser';

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

const parent = document.getElementById('game-canvas') ?? document.body;
const renderer = new URLSearchParams(window.location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
new Phaser.Game({
  type: renderer,
  parent,
  backgroundColor: '#dbe9f4',
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BareScene],
});
