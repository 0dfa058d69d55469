// Saves that survive: the game saves itself after every decision and Continue picks it up after a
// reload at the same screen; a resume code copied from one browser continues the game in another;
// bad codes, a tampered save and blocked storage each end in a message and a playable menu; a class
// link opened in a second tab asks before it starts while a game is unfinished; a game saved in
// another tab appears on an open menu without a reload; full storage never leaves an older save to
// be offered as current after a reload.
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
      expect(code).toMatch(/^AM3\./);
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
        const key = 'asean-mediator:saves';
        const saves = JSON.parse(localStorage.getItem(key)!);
        // Host talks changed into corridors: a legal log that does not reach the state it recorded.
        saves.games[0].log = saves.games[0].log.replace('H', 'C');
        localStorage.setItem(key, JSON.stringify(saves));
      });
      await first.page.reload();
      await expect.poll(() => screenOf(first.page)).toBe('menu');
      await buttonNamed(first.page, 'Continue').click();
      await expect.poll(() => first.page.getByRole('status').filter({ hasText: /does not reach the state it recorded/ }).count()).toBe(1);
      expect(await screenOf(first.page)).toBe('menu');

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

  it('a class link with another seed in a second tab asks before replacing an unfinished game', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(URL_DECEMBER());
      await startAndAct(page);
      await buttonNamed(page, 'Open a military hotline').click();
      await expect.poll(async () => (await vmOf(page))?.game?.log.length).toBe(2);
      const code = await page.getByRole('textbox', { name: 'Resume code' }).inputValue();
      const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('asean-mediator:saves') ?? '{"games":[]}').games
        .map((g: { seed: number; decisions: number }) => `${g.seed}:${g.decisions}`));
      expect(await stored()).toEqual(['5:2']);

      // The class link, with another seed, in a second tab of the same browser.
      const second = await context.newPage();
      const secondErrors: string[] = [];
      second.on('pageerror', (e) => secondErrors.push(e.message));
      second.on('console', (m) => { if (m.type() === 'error') secondErrors.push(m.text()); });
      await second.goto(`${baseURL()}?scenario=december-2025&seed=42&difficulty=tense&renderer=canvas`);
      await expect.poll(() => second.getByText(/This link starts a new game, but this browser has an unfinished game/).isVisible()).toBe(true);
      expect(await screenOf(second)).toBe('menu');
      await expect(second.getByText(code).isVisible()).resolves.toBe(true);
      await expect(second.getByText(/round 1 of \d+, 2 decisions/).isVisible()).resolves.toBe(true);
      await screenshot(second, 'link-asks-1366x768');
      expect(await stored()).toEqual(['5:2']);

      // Starting the linked game writes nothing at its briefing; its first decision adds it beside the first.
      await buttonNamed(second, 'Start the linked game').click();
      await expect.poll(() => screenOf(second)).toBe('briefing');
      expect((await second.evaluate(() => window.__asean?.getViewModel()?.game?.seed))).toBe(42);
      expect(await stored()).toEqual(['5:2']);
      await buttonNamed(second, 'Begin').click();
      await buttonNamed(second, 'Continue').click();
      await buttonNamed(second, 'Host talks').click();
      await expect.poll(stored).toEqual(['42:1', '5:2']);

      // The first tab's game is still there to continue after a reload.
      await page.reload();
      await expect.poll(() => screenOf(page)).toBe('menu');
      const older = page.getByRole('button', { name: /^Continue: .*round 1 of \d+$/ });
      await expect.poll(() => older.count()).toBe(1);
      await older.click();
      await expect.poll(async () => (await vmOf(page))?.game?.seed).toBe(5);
      expect((await vmOf(page))!.game!.log.length).toBe(2);
      expect(errors).toEqual([]);
      expect(secondErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a menu open in one tab lists the game another tab has just saved, without a reload', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(URL_DECEMBER());
      await expect.poll(() => screenOf(page)).toBe('menu');
      expect(await buttonNamed(page, 'Continue').count()).toBe(0);
      const other = await context.newPage();
      await other.goto(URL_DECEMBER());
      await startAndAct(other);
      // The storage event from the other tab redraws this menu in place.
      await expect.poll(() => buttonNamed(page, 'Continue').count()).toBe(1);
      await expect(page.getByText(/Round 1 of \d+/).isVisible()).resolves.toBe(true);
      expect(await screenOf(page)).toBe('menu');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('full storage does not leave an older save to be offered after a reload', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(URL_DECEMBER());
      await startAndAct(page);
      await expect.poll(() => page.evaluate(() => localStorage.getItem('asean-mediator:saves') !== null)).toBe(true);
      // The origin's storage is full: any write that would store more is refused, as the browser
      // refuses it (QuotaExceededError); writes that store less still pass. Chromium lets a key grow
      // by a few characters past its quota, so the quota is enforced here exactly.
      await page.evaluate(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          if (value.length > (this.getItem(key)?.length ?? -1)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      });
      await buttonNamed(page, 'Open a military hotline').click();
      await expect.poll(async () => (await vmOf(page))?.game?.log.length).toBe(2);
      await expect.poll(() => page.getByText(/not keeping saves: copy this code/).isVisible()).toBe(true);
      // After a reload the one-decision state must not be offered as if it were the current one.
      await page.reload();
      await expect.poll(() => screenOf(page)).toBe('menu');
      expect(await buttonNamed(page, 'Continue').count()).toBe(0);
      expect(await page.getByText(/Round 1 of \d+/).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
