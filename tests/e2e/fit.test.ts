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

/**
 * What the page shows just inside each corner of the map's panel (#game-canvas) and at its sides,
 * as RGBA, read from a screenshot (so any renderer, WebGL included, is measured as seen).
 */
async function cornerPixels(page: Page): Promise<Record<string, number[]>> {
  const box = (await page.locator('#game-canvas').boundingBox())!;
  const canvas = (await page.locator('#game-canvas canvas').boundingBox())!;
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const inset = 12;
  // The legend sits along the bottom of the map: sample the map's area above it too.
  const points: Record<string, [number, number]> = {
    topLeft: [inset, inset],
    topRight: [box.width - inset, inset],
    middleLeft: [inset, box.height * 0.6],
    middleRight: [box.width - inset, box.height * 0.6],
  };
  const pixels = await page.evaluate(async ({ png, points }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const k = img.naturalWidth / (points['topRight']![0] + 12);
    const out: Record<string, number[]> = {};
    for (const [name, [x, y]] of Object.entries(points)) out[name] = Array.from(ctx.getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data);
    return out;
  }, { png, points });
  return { ...pixels, canvas: [canvas.x - box.x, canvas.y - box.y, canvas.width - box.width, canvas.height - box.height] };
}

/** The sea's colour (the canvas's clear colour) as RGB, from the map's palette. */
const SEA = [(PALETTE.sea >> 16) & 255, (PALETTE.sea >> 8) & 255, PALETTE.sea & 255];

describe('layout fit', () => {
  it('draws the debrief map over its whole panel at 1920×1080', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1920, height: 1080 });
    try {
      // Seed 42: day 1 brings artillery near Ta Krabey temple, and the map zooms to it.
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
      await page.waitForTimeout(1_500);
      await screenshot(page, 'debrief-map-1920x1080');
      const pixels = await cornerPixels(page);
      // The canvas fills the panel exactly.
      expect(pixels['canvas']!.map((v) => Math.abs(v) < 1)).toEqual([true, true, true, true]);
      // The land texture reaches every corner: none shows the bare clear colour (the sea) or nothing.
      for (const name of ['topLeft', 'topRight', 'middleLeft', 'middleRight']) {
        const [r, g, b] = pixels[name]!;
        const distance = Math.abs(r! - SEA[0]!) + Math.abs(g! - SEA[1]!) + Math.abs(b! - SEA[2]!);
        expect(distance, `${name} shows ${[r, g, b].join(',')}, the bare background`).toBeGreaterThan(12);
        expect(r! + g! + b!, `${name} is black`).toBeGreaterThan(30);
      }
      await screenshot(page, 'debrief-map-1920x1080');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

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
