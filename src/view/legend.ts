// The map's legend and disclaimer: what each mark means, drawn as a wrapped row of swatches and
// words along the bottom of the canvas, then the line saying borders are approximate. Every kind
// of mark differs in shape as well as colour. Also the map's text helpers: a style that sets Thai
// and Khmer in their own face with room for their marks, and wrapping at word boundaries.

import * as Phaser from 'phaser';
import { canvasScript, PALETTE } from './palette';
import { language, locale, t } from '../i18n/i18n';

type Swatch = (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;
type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** The disclaimer shown on the map (and, in English, in the asset), in the current language. */
export function mapDisclaimer(): string {
  return t('classroom.map.disclaimer');
}

/**
 * A canvas text style at `size` px in the current language: its font stack, the measuring string
 * and the padding that keep Thai tone marks and Khmer subscripts inside the text's box. Letter
 * spacing and italics are dropped where they would break stacked marks.
 */
export function mapTextStyle(size: number, color: string, extra: TextStyle = {}): TextStyle {
  const script = canvasScript(language());
  const style: TextStyle = { fontFamily: script.fontFamily, fontSize: `${size}px`, color, resolution: window.devicePixelRatio || 1, ...extra };
  if (script.testString) style.testString = script.testString;
  if (script.padding > 0) style.padding = { x: 2, y: Math.ceil(size * script.padding) };
  if (!script.spaced) {
    delete style.letterSpacing;
    style.fontStyle = (style.fontStyle ?? '').replace(/\b(italic|oblique)\b/g, '').trim();
  }
  return style;
}

/** Sets the line height of text on several lines for the current language (about 1.6 for Thai and Khmer). */
export function fitLineHeight<T extends Phaser.GameObjects.Text>(text: T, size: number): T {
  const { lineHeight } = canvasScript(language());
  if (lineHeight > 0) text.setLineSpacing(Math.max(0, Math.round(size * lineHeight - text.style.getTextMetrics().fontSize)));
  return text;
}

/** Whether letter spacing is safe for the current language's script. */
export function letterSpacingAllowed(): boolean {
  return canvasScript(language()).spaced;
}

/**
 * A word-wrap callback for Phaser text: breaks lines only between words as the current language
 * finds them (Thai and Khmer write words without spaces), so no line is wider than `width`.
 */
export function wrapWords(width: number): (text: string, obj: Phaser.GameObjects.Text) => string[] {
  return (text, obj) => {
    const words = new Intl.Segmenter(locale(), { granularity: 'word' });
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      // Punctuation stays on the line of the word before it.
      const pieces: string[] = [];
      for (const { segment, isWordLike } of words.segment(paragraph)) {
        if (!isWordLike && segment.trim() && pieces.length > 0) pieces[pieces.length - 1] += segment;
        else pieces.push(segment);
      }
      let line = '';
      for (const segment of pieces) {
        const next = line + segment;
        if (line.trim() && obj.context.measureText(next.trimEnd()).width > width) {
          lines.push(line.trimEnd());
          line = segment.trimStart();
        } else {
          line = next;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  };
}

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

/** The legend's marks, in order; each one's words are `classroom.map.legend.<mark>`. */
const ENTRIES: readonly (keyof typeof MARKS)[] = ['border', 'flashpoint', 'site', 'incident', 'fighting', 'observers', 'demining', 'corridors', 'displaced'];

function entryText(mark: keyof typeof MARKS): string {
  return t(`classroom.map.legend.${mark}`);
}

function style(fontSize: number): TextStyle {
  return mapTextStyle(fontSize, PALETTE.mutedText);
}

/** Height of one row of legend entries: taller for scripts with marks above and below the line. */
function rowHeight(fontSize: number): number {
  const { lineHeight } = canvasScript(language());
  return lineHeight > 0 ? Math.round(fontSize * lineHeight) + 5 : fontSize + 9;
}

/** Flows the entries left to right, wrapping at `width`; positions are relative to the legend's top. */
function flow(widths: number[], width: number, fontSize: number): { x: number; y: number }[] {
  const height = rowHeight(fontSize);
  let x = 12;
  let row = 0;
  return widths.map((w) => {
    const needed = 16 + w;
    if (x + needed > width - 8 && x > 12) { x = 12; row += 1; }
    const at = { x: x + 6, y: 7 + row * height + height / 2 };
    x += needed + 16;
    return at;
  });
}

function noteSize(fontSize: number): number {
  return Math.max(10, fontSize - 2);
}

function noteStyle(width: number, fontSize: number): TextStyle {
  const wrap = Math.max(60, width - 24);
  return mapTextStyle(noteSize(fontSize), PALETTE.mutedText, { fontStyle: 'italic', wordWrap: { width: wrap, callback: wrapWords(wrap) } });
}

function note(scene: Phaser.Scene, x: number, y: number, width: number, fontSize: number): Phaser.GameObjects.Text {
  return fitLineHeight(scene.add.text(x, y, mapDisclaimer(), noteStyle(width, fontSize)), noteSize(fontSize));
}

/**
 * The legend laid out for a canvas `width` wide: its words and disclaimer made once (hidden until
 * drawn), where each entry goes, and the height it needs (so the map can leave room for it).
 */
export interface LegendLayout {
  width: number;
  fontSize: number;
  height: number;
  spots: { x: number; y: number }[];
  labels: Phaser.GameObjects.Text[];
  note: Phaser.GameObjects.Text;
}

/** Makes a text, or hands back one made earlier under the same key (which names all that shapes it). */
export type TextMaker = (key: string, make: () => Phaser.GameObjects.Text) => Phaser.GameObjects.Text;

/** Lays the legend out at this width: each text is set (and measured) once; `reuse` may keep them. */
export function layoutLegend(scene: Phaser.Scene, width: number, fontSize: number, reuse: TextMaker = (_, make) => make()): LegendLayout {
  const labels = ENTRIES.map((mark) => {
    const words = entryText(mark);
    return reuse(`entry|${fontSize}|${words}`, () => scene.add.text(0, 0, words, style(fontSize)).setOrigin(0, 0.5).setDepth(21)).setVisible(false);
  });
  const spots = flow(labels.map((l) => l.width), width, fontSize);
  const disclaimer = reuse(`note|${width}|${fontSize}|${mapDisclaimer()}`,
    () => note(scene, 0, 0, width, fontSize).setOrigin(0, 1).setDepth(21)).setVisible(false);
  const height = Math.max(...spots.map((s) => s.y)) + rowHeight(fontSize) / 2 + 4 + disclaimer.height + 6;
  return { width, fontSize, height, spots, labels, note: disclaimer };
}

/**
 * Draws the legend with its top edge at `top` across a canvas `width` wide; returns its objects.
 * Give it the layout already made for this width to use its texts instead of making them again.
 */
export function drawLegend(scene: Phaser.Scene, width: number, top: number, fontSize: number,
  layout: LegendLayout = layoutLegend(scene, width, fontSize)): Phaser.GameObjects.GameObject[] {
  const h = layout.height;
  const objects: Phaser.GameObjects.GameObject[] = [];
  const bg = scene.add.graphics().setDepth(20);
  bg.fillStyle(PALETTE.legendBg, 0.94);
  bg.fillRect(0, top, width, h);
  bg.lineStyle(1, PALETTE.border, 0.25);
  bg.lineBetween(0, top, width, top);
  objects.push(bg);
  ENTRIES.forEach((mark, i) => {
    const spot = layout.spots[i] ?? { x: 0, y: 0 };
    MARKS[mark](bg, spot.x, top + spot.y);
    const label = layout.labels[i];
    if (label) objects.push(label.setPosition(spot.x + 12, top + spot.y).setVisible(true));
  });
  objects.push(layout.note.setPosition(12, top + h - 6).setVisible(true));
  return objects;
}
