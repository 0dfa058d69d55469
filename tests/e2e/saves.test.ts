// Saves that survive: the game saves itself after every decision and Continue picks it up after a
// reload at the same screen; a resume code copied from one browser continues the game in another;
// bad codes, a tampered save and blocked storage each end in a message and a playable menu.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { buttonNamed, screenOf } from './play-fast';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const vmOf = (page: Page) => page.evaluate(() => window.__asean?.getViewModel() ?? null);
const URL_DECEMBER = () => `${baseURL()}?scenario=december-2025&seed=5&renderer=canvas`;

/** From the menu: a new game, into the acting screen, one lever pulled. */
async function startAndAct(page: Page): Promise<void> {
  await expect.poll(() => screenOf(page)).toBe('menu');
  await buttonNamed(page, 'New game').click();
  await buttonNamed(page, 'Begin').click();
  await buttonNamed(page, 'Continue').click();
  await expect.poll(() => screenOf(page)).toBe('acting');
  await buttonNamed(page, 'Host talks').click();
  await expect.poll(async () => (await vmOf(page))?.game?.log.length).toBe(1);
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Resume code' }).fill(code);
  await buttonNamed(page, 'Resume').click();
}

describe('saves and resume codes', () => {
  it('autosaves, continues after a reload at the same screen, and moves to another browser by code', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const other = await newPage(browser, { width: 390, height: 844 });
    try {
      await page.goto(URL_DECEMBER());
      await startAndAct(page);
      const before = (await vmOf(page))!.game;
      const code = await page.getByRole('textbox', { name: 'Resume code' }).inputValue();
      expect(code).toMatch(/^AM2\./);
      await screenshot(page, 'resume-panel-1366x768');

      await page.reload();
      await expect.poll(() => screenOf(page)).toBe('menu');
      await expect.poll(() => page.getByText(/Round 1 of \d+/).isVisible()).toBe(true);
      await buttonNamed(page, 'Continue').click();
      await expect.poll(() => screenOf(page)).toBe('acting');
      expect((await vmOf(page))!.game).toEqual(before);

      await other.page.goto(`${baseURL()}?renderer=canvas`);
      await expect.poll(() => screenOf(other.page)).toBe('menu');
      await enterCode(other.page, code.toLowerCase().replace(/-/g, '').replace(/(.{10})/g, '$1 '));
      await expect.poll(() => screenOf(other.page)).toBe('acting');
      expect((await vmOf(other.page))!.game).toEqual(before);
      await screenshot(other.page, 'resumed-390x844');
      expect(errors).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await context.close();
      await other.context.close();
    }
  });

  it('refuses bad codes with a message and keeps the menu playable', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(URL_DECEMBER());
      await expect.poll(() => screenOf(page)).toBe('menu');
      const cases: Array<[string, RegExp]> = [
        ['hello there', /not a resume code/],
        ['AM1.CYUwxiC2BGIE4FoBMAGJBWAflsmCiAwgCoCyA1gA55EDyeAygC7lUDieAMnnkA.6ffcd'.slice(0, 30), /incomplete or has a typo/],
        ['AM7.Q29kZQ.abcde', /newer version/],
      ];
      for (const [code, message] of cases) {
        await enterCode(page, code);
        await expect.poll(() => page.getByRole('alert').filter({ hasText: message }).count()).toBe(1);
        expect(await screenOf(page)).toBe('menu');
      }
      await screenshot(page, 'bad-code-1366x768');
      await buttonNamed(page, 'New game').click();
      await expect.poll(() => screenOf(page)).toBe('briefing');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a tampered save and plays on when storage is blocked', async () => {
    const first = await newPage(browser);
    const blocked = await newPage(browser);
    try {
      await first.page.goto(URL_DECEMBER());
      await startAndAct(first.page);
      await first.page.evaluate(() => {
        const key = 'asean-mediator:save';
        const save = JSON.parse(localStorage.getItem(key)!);
        save.game.capital += 3;
        localStorage.setItem(key, JSON.stringify(save));
      });
      await first.page.reload();
      await expect.poll(() => screenOf(first.page)).toBe('menu');
      await expect(first.page.getByRole('status').filter({ hasText: /does not match its own history/ }).count()).resolves.toBe(1);
      expect(await buttonNamed(first.page, 'Continue').count()).toBe(0);

      await blocked.page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
      });
      await blocked.page.goto(URL_DECEMBER());
      await expect.poll(() => screenOf(blocked.page)).toBe('menu');
      await expect.poll(() => blocked.page.getByText(/not keeping saved games/).isVisible()).toBe(true);
      await startAndAct(blocked.page);
      await expect.poll(() => blocked.page.getByText(/not keeping saves: copy this code/).isVisible()).toBe(true);
      expect(first.errors).toEqual([]);
      expect(blocked.errors).toEqual([]);
    } finally {
      await first.context.close();
      await blocked.context.close();
    }
  });
});
