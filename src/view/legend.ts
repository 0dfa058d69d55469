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
  fighting: (g, x, y) => { g.fillStyle(PALETTE.fighting, 0.5); g.fillRect(x - 8, y - 4, 16, 8); },
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

/** Column width and rows of the legend at this width: columns fit the longest entry. */
function grid(width: number, fontSize: number): { colWidth: number; perRow: number; rows: number; rowHeight: number } {
  const longest = Math.max(...ENTRIES.map(([, t]) => t.length));
  const colWidth = 22 + longest * fontSize * 0.56;
  const perRow = Math.max(1, Math.floor((width - 16) / colWidth));
  const rowHeight = fontSize + 9;
  return { colWidth, perRow, rows: Math.ceil(ENTRIES.length / perRow), rowHeight };
}

/** Height the legend needs at this width (so the map can leave room for it). */
export function legendHeight(width: number, fontSize: number): number {
  const g = grid(width, fontSize);
  return g.rows * g.rowHeight + 14;
}

/** Draws the legend with its top edge at `top` across a canvas `width` wide; returns its objects. */
export function drawLegend(scene: Phaser.Scene, width: number, top: number, fontSize: number): Phaser.GameObjects.GameObject[] {
  const h = legendHeight(width, fontSize);
  const { colWidth, perRow, rowHeight } = grid(width, fontSize);
  const objects: Phaser.GameObjects.GameObject[] = [];
  const bg = scene.add.graphics().setDepth(20);
  bg.fillStyle(PALETTE.legendBg, 0.92);
  bg.fillRect(0, top, width, h);
  bg.lineStyle(1, PALETTE.border, 0.25);
  bg.lineBetween(0, top, width, top);
  objects.push(bg);
  ENTRIES.forEach(([mark, text], i) => {
    const x = 16 + (i % perRow) * colWidth;
    const y = top + 7 + Math.floor(i / perRow) * rowHeight + rowHeight / 2;
    MARKS[mark](bg, x, y);
    objects.push(scene.add.text(x + 13, y, text, style(fontSize)).setOrigin(0, 0.5).setDepth(21));
  });
  return objects;
}
