// What players see, at three sizes (laptop 1366×768, desktop 1920×1080, phone 390×844 portrait),
// with the default WebGL renderer: menu, briefing, the table, a proposal in progress, an incident
// on the map and the debrief, saved to tests/e2e/screenshots/screen-<name>-<size>.png for review.
// Also: with reduced motion on, no Phaser tween and no CSS transition or animation runs past 100 ms.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { baseURL, launchBrowser, newPage, SCREENSHOT_DIR } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** December scenario, seed 42: day 1 brings artillery near Ta Krabey temple. */
const URL_PARAMS = '?level=december-2025&seed=42';
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);
const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).first().click();
const settle = (page: Page, ms = 900) => page.waitForTimeout(ms);
/** What the player sees (the viewport, not the whole scrolled page). */
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

/** Longest CSS transition or animation on the page, and the longest Phaser tween seen, in ms. */
function longestMotion(page: Page): Promise<{ css: number; tween: number }> {
  return page.evaluate(() => {
    const ms = (v: string) => Math.max(0, ...v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) : parseFloat(s) * 1000)));
    let css = 0;
    for (const el of document.querySelectorAll('*')) {
      const st = getComputedStyle(el);
      if (st.animationName !== 'none') css = Math.max(css, ms(st.animationDuration));
      if (st.transitionProperty !== 'none') css = Math.max(css, ms(st.transitionDuration));
    }
    return { css, tween: window.__aseanTweens?.longest ?? 0 };
  });
}

/** Plays to the world screen of day 1, taking shots on the way; returns the page there. */
async function toIncident(page: Page, size: string | null): Promise<void> {
  const shot = async (name: string) => { if (size) { await settle(page); await screenshot(page, `screen-${name}-${size}`); } };
  await page.goto(`${baseURL()}${URL_PARAMS}`, { waitUntil: 'networkidle' });
  await expect.poll(() => screen(page)).toBe('menu');
  await shot('menu');
  await click(page, 'New game');
  await expect.poll(() => screen(page)).toBe('briefing');
  await shot('briefing');
  await click(page, 'Begin');
  await click(page, 'Continue');
  await expect.poll(() => screen(page)).toBe('acting');
  await click(page, 'Host talks');
  await shot('table');
  const form = page.getByRole('form', { name: 'Your package' });
  await form.getByRole('radio').first().check();
  await form.getByRole('radio').nth(4).check();
  await shot('proposal');
  await click(page, 'End round without a proposal');
  await expect.poll(() => screen(page)).toBe('world');
  await settle(page, 1200);
  await shot('incident');
}

describe('screens', () => {
  it.each([[1366, 768], [1920, 1080], [390, 844]])('saves every screen at %i×%i', async (width, height) => {
    const { context, page, errors } = await newPage(browser, { width, height });
    try {
      const size = `${width}x${height}`;
      await toIncident(page, size);
      // Nothing wider than the viewport on the round screens: no sideways scrolling at any size.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Without reduced motion the map does animate (so the reduced-motion test below can fail).
      if (width === 1366) expect((await longestMotion(page)).tween).toBeGreaterThan(100);
      for (let i = 0; i < 12 && (await screen(page)) !== 'debrief'; i++) {
        await click(page, 'Continue');
        if ((await screen(page)) === 'situation') await click(page, 'Continue');
        if ((await screen(page)) === 'acting') await click(page, 'End round without a proposal');
      }
      await expect.poll(() => screen(page)).toBe('debrief');
      await settle(page);
      await screenshot(page, `screen-debrief-${size}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs no tween or CSS motion longer than 100 ms with reduced motion', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await toIncident(page, null);
      await settle(page, 1500);
      expect(await page.evaluate(() => document.documentElement.dataset['motion'])).toBe('reduced');
      const motion = await longestMotion(page);
      expect(motion.css).toBeLessThanOrEqual(100);
      expect(motion.tween).toBeLessThanOrEqual(100);
    } finally {
      await context.close();
    }
  });
});
