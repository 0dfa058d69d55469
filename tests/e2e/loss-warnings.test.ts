// The meters panel says how a game is lost before it happens: July opens with the fighting at its
// height, so the fighting intensity carries "close to open war" from day 1, in the player's
// language; a calmer opening (October) shows no warning. Both at 1366x768, the Thai one at 390x844.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { axeViolations } from './axe';
import { buttonNamed, screenOf } from './play-fast';
import thPlay from '../../src/i18n/locales/th/play.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const warnings = (page: Page) => page.getByRole('complementary', { name: 'Meters' }).locator('.meter-warning');

async function toActing(page: Page, level: string): Promise<void> {
  await page.goto(`${baseURL()}?level=${level}&seed=1&renderer=canvas`, { waitUntil: 'networkidle' });
  await expect.poll(() => screenOf(page)).toBe('menu');
  await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  await buttonNamed(page, 'Continue').click();
  await expect.poll(() => screenOf(page)).toBe('acting');
}

describe('warnings before a game is lost', () => {
  it('July warns of open war from day 1 beside the fighting intensity, in English and Thai; October does not', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await toActing(page, 'july-2025');
      await expect.poll(() => warnings(page).count()).toBe(1);
      expect(await page.locator('[data-meter="intensity"] .meter-warning').innerText())
        .toBe('Close to open war: if the fighting stands at 100% when the day ends, the talks are over and the game is lost.');
      expect(await axeViolations(page, 'acting with a loss warning')).toEqual([]);
      await page.locator('[data-meter="intensity"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'loss-warning-july-1366');

      await page.locator('.language-switch').getByRole('button', { name: 'ไทย' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
      await expect.poll(() => page.locator('[data-meter="intensity"] .meter-warning').innerText())
        .toBe(thPlay.meters.nearWar.replace('{{war}}', '100%').replace('{{unit}}', 'วัน'));
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('[data-meter="intensity"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'loss-warning-july-th-390');

      await page.locator('.language-switch').getByRole('button', { name: 'English' }).click();
      await page.setViewportSize({ width: 1366, height: 768 });
      await toActing(page, 'october-2025');
      expect(await warnings(page).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
