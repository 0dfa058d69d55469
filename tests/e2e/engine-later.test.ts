// The rules engine (src/sim/engine.ts) is not part of the first download: the menu is drawn and
// usable without it, and a New game pressed before it has arrived waits on the loading screen and
// then opens the briefing. Here the engine's chunk is held back by the test until after the click.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage } from './browser';
import { buttonNamed, screenOf } from './play-fast';

describe('the rules engine loads after the menu', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the menu works while the engine is held back; New game waits for it, then briefs', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      const asked: string[] = [];
      await page.route(/\/assets\/engine-[^/]*\.js$/, async (route) => {
        asked.push(route.request().url());
        await held;
        await route.continue();
      });
      await page.goto(baseURL(), { waitUntil: 'commit' });
      await expect.poll(() => screenOf(page)).toBe('menu');
      // The menu is whole: settings open and close, a difficulty can be chosen.
      await buttonNamed(page, 'Settings').click();
      await expect.poll(() => screenOf(page)).toBe('settings');
      await buttonNamed(page, 'Back').click();
      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      // The page asked for the engine once the menu was up, and has not got it yet.
      await expect.poll(() => asked.length).toBeGreaterThan(0);
      await buttonNamed(page, 'New game').click();
      await expect.poll(() => screenOf(page)).toBe('boot');
      expect(await page.getByRole('button', { name: 'Begin', exact: true }).count()).toBe(0);
      release();
      await expect.poll(() => screenOf(page)).toBe('briefing');
      await buttonNamed(page, 'Begin').click();
      await expect.poll(() => screenOf(page)).toBe('situation');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
