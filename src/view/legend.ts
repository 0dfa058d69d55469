// The map's legend and disclaimer: what each mark means, drawn as a wrapped row of swatches and
// words along the bottom of the canvas, then the line saying borders are approximate. Every kind
// of mark differs in shape as well as colour.

import * as Phaser from 'phaser';
import { FONT, PALETTE } from './palette';

type Swatch = (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;

/** The disclaimer shown on the map (and in the asset). */
export const MAP_DISCLAIMER = 'Borders shown are approximate and do not imply endorsement.';

/** Draws a mark of each kind; shared by the map and its legend so they always match. */
export const MARKS = {
  border: (g, x, y) => { g.lineStyle(4, PALETTE.borderCasing, 0.6); g.lineBetween(x - 8, y, x + 8, y); g.lineStyle(2, PALETTE.border, 1); g.lineBetween(x - 8, y, x + 8, y); },
  flashpoint: (g, x, y) => {
    const diamond = [new Phaser.Math.Vector2(x, y - 6), new Phaser.Math.Vector2(x + 6, y), new Phaser.Math.Vector2(x, y + 6), new Phaser.Math.Vector2(x - 6, y)];
    g.fillStyle(PALETTE.flashpoint, 1); g.fillPoints(diamond, true);
    g.lineStyle(1.5, 0x000000, 0.7); g.strokePoints(diamond, true);
  },
  site: (g, x, y) => { g.fillStyle(PALETTE.site, 1); g.fillRect(x - 3.5, y - 3.5, 7, 7); g.lineStyle(1, 0x000000, 0.6); g.strokeRect(x - 3.5, y - 3.5, 7, 7); },
  incident: (g, x, y) => { g.lineStyle(2.5, PALETTE.incident, 1); g.strokeCircle(x, y, 7); g.lineBetween(x - 10, y, x - 5, y); g.lineBetween(x + 5, y, x + 10, y); },
  fighting: (g, x, y) => { g.fillStyle(PALETTE.fighting, 1); g.fillRect(x - 8, y - 3, 16, 6); },
  observers: (g, x, y) => {
    g.fillStyle(PALETTE.observers, 1); g.fillRect(x - 5, y - 5, 10, 10);
    g.lineStyle(1.5, 0x000000, 0.8); g.strokeRect(x - 5, y - 5, 10, 10); g.fillStyle(0x000000, 0.85); g.fillCircle(x, y, 2);
  },
  demining: (g, x, y) => {
    g.fillStyle(PALETTE.demining, 1); g.fillTriangle(x, y - 6, x - 6, y + 5, x + 6, y + 5);
    g.lineStyle(1.5, 0x000000, 0.8); g.strokeTriangle(x, y - 6, x - 6, y + 5, x + 6, y + 5);
  },
  corridors: (g, x, y) => {
    g.lineStyle(2.5, PALETTE.corridors, 1);
    g.lineBetween(x - 6, y - 4, x - 2, y); g.lineBetween(x - 2, y, x - 6, y + 4);
    g.lineBetween(x, y - 4, x + 4, y); g.lineBetween(x + 4, y, x, y + 4);
  },
  displaced: (g, x, y) => {
    g.lineStyle(2.5, PALETTE.displaced, 1); g.lineBetween(x - 8, y, x + 3, y);
    g.fillStyle(PALETTE.displaced, 1); g.fillTriangle(x + 8, y, x + 2, y - 4, x + 2, y + 4);
  },
} satisfies Record<string, Swatch>;

const ENTRIES: [keyof typeof MARKS, string][] = [
  ['border', 'Border'],
  ['flashpoint', 'Contested site'],
  ['site', 'Town'],
  ['incident', 'Incident'],
  ['fighting', 'Fighting'],
  ['observers', 'Observers'],
  ['demining', 'Demining'],
  ['corridors', 'Aid corridor'],
  ['displaced', 'Civilians fleeing'],
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
    const needed = 16 + w;
    if (x + needed > width - 8 && x > 12) { x = 12; row += 1; }
    const at = { x: x + 6, y: 7 + row * rowHeight + rowHeight / 2 };
    x += needed + 16;
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

function noteStyle(width: number, fontSize: number): Phaser.Types.GameObjects.Text.TextStyle {
  return { ...style(Math.max(10, fontSize - 2)), fontStyle: 'italic', wordWrap: { width: Math.max(60, width - 24) } };
}

/** Height the legend and disclaimer need at this width (so the map can leave room for them). */
export function legendHeight(scene: Phaser.Scene, width: number, fontSize: number): number {
  const spots = flow(measure(scene, fontSize), width, fontSize);
  const probe = scene.add.text(0, 0, MAP_DISCLAIMER, noteStyle(width, fontSize)).setVisible(false);
  const note = probe.height;
  probe.destroy();
  return Math.max(...spots.map((s) => s.y)) + (fontSize + 9) / 2 + 4 + note + 6;
}

/** Draws the legend with its top edge at `top` across a canvas `width` wide; returns its objects. */
export function drawLegend(scene: Phaser.Scene, width: number, top: number, fontSize: number): Phaser.GameObjects.GameObject[] {
  const h = legendHeight(scene, width, fontSize);
  const spots = flow(measure(scene, fontSize), width, fontSize);
  const objects: Phaser.GameObjects.GameObject[] = [];
  const bg = scene.add.graphics().setDepth(20);
  bg.fillStyle(PALETTE.legendBg, 0.94);
  bg.fillRect(0, top, width, h);
  bg.lineStyle(1, PALETTE.border, 0.25);
  bg.lineBetween(0, top, width, top);
  objects.push(bg);
  ENTRIES.forEach(([mark, text], i) => {
    const spot = spots[i] ?? { x: 0, y: 0 };
    MARKS[mark](bg, spot.x, top + spot.y);
    objects.push(scene.add.text(spot.x + 12, top + spot.y, text, style(fontSize)).setOrigin(0, 0.5).setDepth(21));
  });
  const note = scene.add.text(12, top + h - 6, MAP_DISCLAIMER, noteStyle(width, fontSize)).setOrigin(0, 1).setDepth(21);
  objects.push(note);
  return objects;
}
