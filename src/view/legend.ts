// The map's legend: what each mark means, drawn as a wrapped row of swatches and words along the
// bottom of the canvas. Every kind of mark differs in shape as well as colour.

import * as Phaser from 'phaser';
import { FONT, PALETTE } from './palette';

type Swatch = (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;

/** Draws a mark of each kind; shared by the map and its legend so they always match. */
export const MARKS = {
  border: (g, x, y) => { g.lineStyle(2, PALETTE.border, 0.9); g.lineBetween(x - 7, y, x + 7, y); },
  flashpoint: (g, x, y) => { g.fillStyle(PALETTE.flashpoint, 1); g.fillCircle(x, y, 5); g.lineStyle(1.5, 0x000000, 0.6); g.strokeCircle(x, y, 5); },
  site: (g, x, y) => { g.fillStyle(PALETTE.site, 1); g.fillRect(x - 3.5, y - 3.5, 7, 7); },
  incident: (g, x, y) => { g.lineStyle(2.5, PALETTE.incident, 1); g.strokeCircle(x, y, 7); },
  fighting: (g, x, y) => { g.fillStyle(PALETTE.fighting, 1); g.fillRect(x - 8, y - 3, 16, 6); },
  observers: (g, x, y) => { g.fillStyle(PALETTE.observers, 1); g.fillRect(x - 4, y - 4, 8, 8); g.lineStyle(1.5, 0x000000, 0.7); g.strokeRect(x - 4, y - 4, 8, 8); },
  demining: (g, x, y) => { g.fillStyle(PALETTE.demining, 1); g.fillTriangle(x, y - 5, x - 5, y + 4, x + 5, y + 4); },
  corridors: (g, x, y) => {
    g.fillStyle(PALETTE.corridors, 1);
    g.fillTriangle(x, y - 5, x + 5, y, x, y + 5);
    g.fillTriangle(x, y - 5, x - 5, y, x, y + 5);
  },
} satisfies Record<string, Swatch>;

const ENTRIES: [keyof typeof MARKS, string][] = [
  ['border', 'Border (schematic)'],
  ['flashpoint', 'Contested site'],
  ['site', 'Town'],
  ['incident', 'Incident this round'],
  ['fighting', 'Fighting'],
  ['observers', 'Observers'],
  ['demining', 'Demining'],
  ['corridors', 'Aid corridor'],
];

function style(fontSize: number): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT, fontSize: `${fontSize}px`, color: PALETTE.mutedText, resolution: window.devicePixelRatio || 1 };
}

/** Flows the entries left to right, wrapping at `width`; positions are relative to the legend's top. */
function flow(widths: number[], width: number, fontSize: number): { x: number; y: number }[] {
  const rowHeight = fontSize + 9;
  let x = 12;
  let row = 0;
  return widths.map((w) => {
    const needed = 14 + w;
    if (x + needed > width - 8 && x > 12) { x = 12; row += 1; }
    const at = { x: x + 4, y: 7 + row * rowHeight + rowHeight / 2 };
    x += needed + 18;
    return at;
  });
}

/** Width of each entry's text at this font size, measured by Phaser. */
function measure(scene: Phaser.Scene, fontSize: number): number[] {
  const probe = scene.add.text(0, 0, '', style(fontSize)).setVisible(false);
  const widths = ENTRIES.map(([, t]) => probe.setText(t).width);
  probe.destroy();
  return widths;
}

/** Height the legend needs at this width (so the map can leave room for it). */
export function legendHeight(scene: Phaser.Scene, width: number, fontSize: number): number {
  const spots = flow(measure(scene, fontSize), width, fontSize);
  return Math.max(...spots.map((s) => s.y)) + (fontSize + 9) / 2 + 7;
}

/** Draws the legend with its top edge at `top` across a canvas `width` wide; returns its objects. */
export function drawLegend(scene: Phaser.Scene, width: number, top: number, fontSize: number): Phaser.GameObjects.GameObject[] {
  const h = legendHeight(scene, width, fontSize);
  const spots = flow(measure(scene, fontSize), width, fontSize);
  const objects: Phaser.GameObjects.GameObject[] = [];
  const bg = scene.add.graphics().setDepth(20);
  bg.fillStyle(PALETTE.legendBg, 0.92);
  bg.fillRect(0, top, width, h);
  bg.lineStyle(1, PALETTE.border, 0.25);
  bg.lineBetween(0, top, width, top);
  objects.push(bg);
  ENTRIES.forEach(([mark, text], i) => {
    const spot = spots[i] ?? { x: 0, y: 0 };
    MARKS[mark](bg, spot.x, top + spot.y);
    objects.push(scene.add.text(spot.x + 12, top + spot.y, text, style(fontSize)).setOrigin(0, 0.5).setDepth(21));
  });
  return objects;
}
