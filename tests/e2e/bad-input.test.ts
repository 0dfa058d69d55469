// Bad input at the doors deep-links.test.ts and saves.test.ts leave open: a language the game does
// not have and hostile or absurd link values, random and oversized resume codes, storage that is
// full (reads work, writes throw) and a save that is not JSON at all. Each ends in a readable
// message or is ignored, and the game still plays, with no console error and no script run.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { buttonNamed, screenOf } from './play-fast';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** From the menu or briefing, into the acting screen, and one lever pulled. */
async function playOneMove(page: Page): Promise<void> {
  await expect.poll(() => screenOf(page)).toMatch(/^(menu|briefing)$/);
  if ((await screenOf(page)) === 'menu') await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  await buttonNamed(page, 'Continue').click();
  await expect.poll(() => screenOf(page)).toBe('acting');
  await buttonNamed(page, 'Host talks').click();
  await expect.poll(() => page.evaluate(() => window.__asean?.getViewModel()?.game?.log.length)).toBe(1);
}

describe('bad input at every door', () => {
  it('ignores an unknown language and hostile link values, and still plays', async () => {
    const { context, page, errors } = await newPage(browser, { width: 390, height: 844 });
    try {
      await page.addInitScript(() => {
        (window as unknown as { __pwned: boolean }).__pwned = false;
      });
      const links = [
        '?lang=xx&renderer=canvas',
        '?lang=%3Cimg%20src%3Dx%20onerror%3D__pwned%3Dtrue%3E&seed=1e999&difficulty=&renderer=canvas',
        '?scenario=%3Cscript%3E__pwned%3Dtrue%3C%2Fscript%3E&seed=99999999999999999999999&renderer=canvas',
        '?scenario=..%2F..%2Fpackage&scenario=december-2025&seed=NaN&lang=th-TH-x-' + 'a'.repeat(500) + '&renderer=canvas',
        '#scenario=&seed=&difficulty=calm&lang=',
      ];
      for (const link of links) {
        await page.goto(`${baseURL()}${link}`);
        await expect.poll(() => screenOf(page)).toMatch(/^(menu|briefing)$/);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
      }
      await screenshot(page, 'bad-input-link-390x844');
      await playOneMove(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses random, oversized and unicode resume codes with a message and stays playable', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      const codes = [
        ...fc.sample(fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }), { numRuns: 6, seed: 7 }),
        ...fc.sample(fc.stringMatching(/^AM[0-9]\.[A-Za-z0-9_-]{1,60}\.[a-z0-9]{5}$/), { numRuns: 6, seed: 7 }),
        'AM1.' + 'A'.repeat(100_000) + '.abcde',
        '<script>__x=1</script>',
      ].filter((c) => c.trim() !== '');
      for (const code of codes) {
        await page.getByRole('textbox', { name: 'Resume code' }).fill(code);
        await buttonNamed(page, 'Resume').click();
        await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
        await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/\w{3,}/);
        expect(await screenOf(page)).toBe('menu');
      }
      await playOneMove(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('plays on when storage is full, and when the save is not JSON at all', async () => {
    const full = await newPage(browser);
    const garbled = await newPage(browser);
    try {
      await full.page.addInitScript(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await full.page.goto(`${baseURL()}?scenario=december-2025&seed=3&renderer=canvas`);
      await playOneMove(full.page);
      await expect.poll(() => full.page.getByText(/not keeping saves|not keeping saved games/).count()).toBeGreaterThan(0);
      await screenshot(full.page, 'bad-input-storage-full');

      await garbled.page.goto(`${baseURL()}?renderer=canvas`);
      await expect.poll(() => screenOf(garbled.page)).toBe('menu');
      await garbled.page.evaluate(() => {
        for (const key of ['asean-mediator:save', 'asean-mediator:saves', 'asean-mediator:v1:progress', 'asean-mediator:settings']) localStorage.setItem(key, '{"not json');
      });
      await garbled.page.reload();
      await expect.poll(() => screenOf(garbled.page)).toBe('menu');
      await playOneMove(garbled.page);
      expect(full.errors).toEqual([]);
      expect(garbled.errors).toEqual([]);
    } finally {
      await full.context.close();
      await garbled.context.close();
    }
  });
});
