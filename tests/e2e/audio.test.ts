// Sound respects the player: nothing plays before the first gesture (every Web Audio source start
// and media play() is counted from before the page's own scripts run), music starts after one, and
// "Mute sound" survives a reload and keeps the game silent.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

declare global { interface Window { __plays?: number } }

/** Counts every way a page can start sound. */
function instrument(): void {
  window.__plays = 0;
  const count = () => { window.__plays = (window.__plays ?? 0) + 1; };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) { count(); return start.apply(this, args); };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () { count(); return play.call(this); };
  const osc = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args: Parameters<typeof osc>) { count(); return osc.apply(this, args); };
}

const plays = (page: Page) => page.evaluate(() => window.__plays ?? 0);
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);

describe('audio', () => {
  it('plays nothing before a gesture, then plays; mute persists across a reload', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1280, height: 720 });
    try {
      await context.addInitScript(instrument);
      await page.goto(`${baseURL()}?seed=7&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await page.waitForTimeout(1000);
      expect(await plays(page)).toBe(0);

      await page.getByRole('button', { name: 'New game', exact: true }).click();
      await expect.poll(() => screen(page)).toBe('briefing');
      await expect.poll(() => plays(page), { timeout: 10_000 }).toBeGreaterThan(0);

      await page.goto(`${baseURL()}?seed=7&renderer=canvas`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByRole('checkbox', { name: 'Mute sound' }).check();
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await expect(page.getByRole('checkbox', { name: 'Mute sound' }).isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: 'New game', exact: true }).click();
      await expect.poll(() => screen(page)).toBe('briefing');
      await page.waitForTimeout(1000);
      expect(await plays(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
