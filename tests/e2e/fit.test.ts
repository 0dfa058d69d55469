// Things that must fit where they are drawn, measured in the page rather than judged by eye:
// the debrief's map fills its panel on a 1920×1080 projector, and the package token on the table
// strip does not sit on the words "Package of 8 terms on the table" at 1366×768.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { baseURL, newPage, screenshot, SCREENSHOT_DIR } from './browser';
import { buttonNamed, pickPackage, screenOf } from './play-fast';
import { useSession } from './session';
import type { Browser } from 'playwright-core';
import type { Level } from '../../src/sim/level';
import { PALETTE } from '../../src/view/palette';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

/** Waits until every CSS animation and transition that ends (not the news ticker's loop) has ended. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
    .map((a) => a.finished.catch(() => undefined))));
}

/** The sea's colour (the canvas's clear colour) as RGB, from the map's palette. */
const SEA = [(PALETTE.sea >> 16) & 255, (PALETTE.sea >> 8) & 255, PALETTE.sea & 255] as const;

/** How the map panel looks, read from a screenshot (so any renderer is measured as seen). */
interface PanelLook {
  /** The canvas's box minus the panel's (x, y, width, height): all 0 when it fills the panel. */
  canvasOffset: number[];
  /** Per horizontal band of the map's area (top to bottom), the share of pixels that are not bare sea. */
  rows: number[];
  /** Per vertical band of the map's area (left to right), the same share. */
  columns: number[];
  /** Every second pixel's RGB of the map's area, to compare two looks. */
  pixels: number[];
}

/**
 * Reads the map panel (#game-canvas) from a screenshot. The legend runs along its bottom 10% at
 * most, so the map's area is the top 90%. A pixel is bare when it is the sea's colour, which is
 * also the colour the canvas shows where nothing was drawn.
 */
async function panelLook(page: Page): Promise<PanelLook> {
  const box = (await page.locator('#game-canvas').boundingBox())!;
  const canvas = (await page.locator('#game-canvas canvas').boundingBox())!;
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const look = await page.evaluate(async ({ png, sea }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const w = c.width, h = Math.floor(c.height * 0.9);
    const data = ctx.getImageData(0, 0, w, h).data;
    const bands = 8;
    const rows = Array.from({ length: bands }, () => [0, 0]);
    const columns = Array.from({ length: bands }, () => [0, 0]);
    const pixels: number[] = [];
    for (let y = 0; y < h; y += 2) {
      for (let x = 0; x < w; x += 2) {
        const i = (y * w + x) * 4;
        const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
        pixels.push(r, g, b);
        const drawn = Math.abs(r - sea[0]) + Math.abs(g - sea[1]) + Math.abs(b - sea[2]) > 12 ? 1 : 0;
        const row = rows[Math.min(bands - 1, Math.floor((y * bands) / h))]!;
        const column = columns[Math.min(bands - 1, Math.floor((x * bands) / w))]!;
        row[0]! += drawn; row[1]! += 1;
        column[0]! += drawn; column[1]! += 1;
      }
    }
    const share = ([a, n]: number[]) => a! / n!;
    return { rows: rows.map(share), columns: columns.map(share), pixels };
  }, { png, sea: SEA });
  return { ...look, canvasOffset: [canvas.x - box.x, canvas.y - box.y, canvas.width - box.width, canvas.height - box.height] };
}

/** The share of pixels (of those compared) whose colour differs clearly between two looks. */
function changed(a: PanelLook, b: PanelLook): number {
  let differ = 0;
  const n = Math.min(a.pixels.length, b.pixels.length) / 3;
  for (let i = 0; i < n * 3; i += 3) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!) + Math.abs(a.pixels[i + 1]! - b.pixels[i + 1]!) + Math.abs(a.pixels[i + 2]! - b.pixels[i + 2]!);
    if (d > 40) differ++;
  }
  return differ / n;
}

const percents = (v: number[]) => v.map((x) => `${Math.round(x * 100)}%`).join(' ');

describe('layout fit', () => {
  // The map column is 27vw × 512 px on the round screens and 36vw × 1080 px on the debrief. The last
  // world screen zooms to an incident; Continue shows the debrief, whose view model reaches the map
  // (zoom back out, frames made for the old size) before the layout change does. The map must end
  // up framed for the panel it is in: land in every band of it, top to bottom and left to right,
  // and the same picture after the window is resized and set back (a layout made afresh).
  it('draws the debrief map over its whole panel at 1920×1080', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1920, height: 1080 });
    try {
      // Seed 42: day 5 brings an incident at Chong Bok, and the last world screen zooms to it.
      await page.goto(`${baseURL()}?scenario=december-2025&seed=42&renderer=webgl`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      await buttonNamed(page, 'New game').click();
      await buttonNamed(page, 'Begin').click();
      for (let i = 0; i < 40 && (await screenOf(page)) !== 'debrief'; i++) {
        const now = await screenOf(page);
        if (now === 'acting') await buttonNamed(page, 'End round without a proposal').click();
        else await buttonNamed(page, 'Continue').first().click();
        await page.waitForTimeout(now === 'world' ? 900 : 0);
      }
      await expect.poll(() => screenOf(page)).toBe('debrief');
      await expect.poll(() => page.locator('#game-canvas canvas').count()).toBe(1);
      await settle(page);
      // Longer than the map's zoom (700 ms), so any zoom has ended.
      await page.waitForTimeout(1_500);
      // Read before any full-page screenshot: that one lays the page out again at the page's whole
      // height, which is itself a layout change and would redraw the map before it is measured.
      const look = await panelLook(page);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'debrief-map-1920x1080.png') });
      // The canvas fills the panel exactly.
      expect(look.canvasOffset.map((v) => Math.abs(v) < 1)).toEqual([true, true, true, true]);
      // Land in every band: a map fitted to the old, smaller view leaves the lower bands bare.
      expect(Math.min(...look.rows), `drawn share of each band, top to bottom: ${percents(look.rows)}`).toBeGreaterThan(0.25);
      expect(Math.min(...look.columns), `drawn share of each band, left to right: ${percents(look.columns)}`).toBeGreaterThan(0.25);
      // A layout made afresh at the same size draws the same map (not another frame, not a zoom).
      await page.setViewportSize({ width: 1920, height: 1000 });
      await page.waitForTimeout(300);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.waitForTimeout(1_500);
      const again = await panelLook(page);
      expect(changed(look, again), 'share of the map that changed after resizing and back').toBeLessThan(0.05);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    // Five rounds played by clicks: on a busy shared machine this takes well over a minute.
  }, 240_000);

  it('keeps the package token off the words about the package at 1366×768', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?scenario=december-2025&seed=12&renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      await buttonNamed(page, 'New game').click();
      await buttonNamed(page, 'Begin').click();
      await buttonNamed(page, 'Continue').click();
      await expect.poll(() => screenOf(page)).toBe('acting');
      await buttonNamed(page, 'Host talks').click();
      await pickPackage(page, level);
      await buttonNamed(page, 'Table this package').click();
      await expect.poll(() => screenOf(page)).toBe('responding');
      const words = page.locator('.seat-mediator .seat-stance');
      await expect.poll(() => words.textContent()).toBe(`Package of ${level.issues.length} terms on the table`);
      await settle(page);
      const boxes = await page.evaluate(() => {
        const stance = document.querySelector('.seat-mediator .seat-stance')!;
        const range = document.createRange();
        range.selectNodeContents(stance);
        const rects = Array.from(range.getClientRects()).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
        const t = document.querySelector('.package-token')!.getBoundingClientRect();
        return { words: rects, token: { left: t.left, top: t.top, right: t.right, bottom: t.bottom } };
      });
      expect(boxes.words.length).toBeGreaterThan(0);
      const { token } = boxes;
      for (const w of boxes.words) {
        const overlaps = token.left < w.right && w.left < token.right && token.top < w.bottom && w.top < token.bottom;
        expect(overlaps, `token ${JSON.stringify(token)} over words ${JSON.stringify(w)}`).toBe(false);
      }
      await page.locator('.table-strip').screenshot({ path: join(SCREENSHOT_DIR, 'table-strip-1366x768.png') });
      await screenshot(page, 'table-strip-page-1366x768');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
