// A game at a delegation's seat carried to another device by its resume code, as a student does it:
// play Cambodia's negotiator through day 1, copy the code shown under the game (an AM5 code), open
// the game in a fresh browser (no saved games) and type it on the menu: the game goes on at
// Cambodia's seat on day 2, not as the envoy's. Back in the first browser, a branch ("Try again
// from day 3") opened from its code and played on is saved too, and after a reload the menu's saved
// games say which is the new try and which is played at Cambodia's seat. A seat's game pauses like
// the envoy's (Esc), with the same code and a way back to the menu. "Try again from day 2" on a
// seat's debrief goes on at that seat, not as the envoy. By role and name, no
// console errors; screenshots at 1366×768 and 390×844, in English and Thai.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { createGame, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { playOut, sensible } from '../../src/sim/strategies';
import { resumeCodeOf } from '../../src/platform/restore';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { screenOf as screen, buttonNamed as button } from './play-fast';
import { chooseRadio, press } from './keyboard';
import { seatStage as stage, pageHeading as heading } from './seat-page';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});


/** Types a code into the menu's resume-code field and submits it. */
async function enterCode(page: Page, code: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Resume code' });
  await field.fill(code);
  await press(page, button(page, 'Resume'));
}

describe("a seat's resume code and saved games", () => {
  it("opens a seat's game at its seat on another device, and the menu names the seat and the new try", async () => {
    const kh = level.sides.kh.name;
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const other = await newPage(browser, { width: 390, height: 844 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, `Play ${kh}’s negotiator`));
      await press(page, button(page, 'Begin'));
      await expect.poll(() => stage(page)).toBe('own');
      await press(page, button(page, 'Ask ASEAN for observers'));
      await press(page, button(page, 'Hand the floor to the envoy'));
      await expect.poll(() => stage(page)).toBe('world');
      await press(page, button(page, 'Continue'));
      await expect.poll(() => heading(page)).toBe('Day 2: your move');

      // The code under the seat's screen names the seat (AM5).
      const panel = page.getByRole('complementary', { name: 'Resume code' });
      await expect.poll(() => panel.isVisible()).toBe(true);
      const code = await panel.getByRole('textbox', { name: 'Resume code' }).inputValue();
      expect(code).toMatch(/^AM5\./);
      await panel.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await screenshot(page, 'seat-code-panel-1366x768');

      // Another device: no saved games; the typed code opens the game at Cambodia's seat, day 2.
      await other.page.goto(`${baseURL()}?level=december-2025&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(other.page)).toBe('menu');
      await enterCode(other.page, code.toLowerCase().replace(/-/g, ' '));
      await expect.poll(() => screen(other.page)).toBe('seat');
      await expect.poll(() => other.page.getByText(`You negotiate for ${kh}`, { exact: false }).isVisible()).toBe(true);
      await expect.poll(() => heading(other.page)).toBe('Day 2: your move');
      // Observers were asked for on day 1 and stay asked for: the same game, not a new one.
      await expect.poll(() => other.page.getByRole('complementary', { name: 'Resume code' }).getByRole('textbox').inputValue()).toBe(code);
      await screenshot(other.page, 'seat-code-restored-390x844');

      // Back on the first device: a branch from its own code, played on one decision, is saved too.
      const parent = playOut(level, createGame(level, { seed: 42, difficulty: 'tense' }), sensible);
      const branch = step(level, startBranch(level, parent, 3)!, { type: 'hotline' }).state;
      await page.keyboard.press('Escape');
      const pause = page.getByRole('dialog');
      await expect.poll(() => pause.isVisible()).toBe(true);
      // The pause dialog gives the same code.
      expect(await pause.getByRole('textbox', { name: 'Resume code' }).inputValue()).toBe(code);
      await screenshot(page, 'seat-code-pause-1366x768');
      await press(page, pause.getByRole('button', { name: 'Main menu', exact: true }));
      await expect.poll(() => screen(page)).toBe('menu');
      await enterCode(page, resumeCodeOf(level, branch));
      await expect.poll(() => screen(page)).toBe('situation');
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('acting');
      await press(page, button(page, 'Host talks'));
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');

      const saved = page.getByRole('region', { name: 'Saved games' });
      // The same region named in Thai later on.
      const savedBox = page.locator('section.resume');
      await expect.poll(() => page.locator('#continue-desc').innerText()).toMatch(/ · tried again from round 3$/);
      const seatSave = saved.getByRole('button', { name: `Continue: ${level.title}, round 2 of ${level.rounds} · as ${kh}’s negotiator`, exact: true });
      await expect.poll(() => seatSave.count()).toBe(1);
      await saved.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'seat-code-menu-1366x768');
      await page.setViewportSize({ width: 390, height: 844 });
      await saved.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'seat-code-menu-390x844');
      await page.locator('.language-switch').getByRole('button', { name: 'ไทย' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
      await expect.poll(() => page.locator('#continue-desc').innerText()).toMatch(/ลองใหม่ตั้งแต่รอบที่ 3$/);
      await expect.poll(() => savedBox.getByRole('button', { name: `เล่นเป็นผู้เจรจาของ`, exact: false }).count()).toBe(1);
      await savedBox.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'seat-code-menu-th-390x844');
      await page.setViewportSize({ width: 1366, height: 768 });
      await savedBox.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'seat-code-menu-th-1366x768');
      await page.locator('.language-switch').getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

      // Continue on the seat's save opens it at Cambodia's seat.
      await press(page, seatSave);
      await expect.poll(() => screen(page)).toBe('seat');
      await expect.poll(() => heading(page)).toBe('Day 2: your move');
      expect(errors).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.context.close();
      await context.close();
    }
  }, 240_000);

  it("tries a seat's game again at its seat: the new try is Thailand's again, with a code naming the seat", async () => {
    const th = level.sides.th.name;
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, `Play ${th}’s negotiator`));
      await press(page, button(page, 'Begin'));
      // Thailand's negotiator hands the floor over each day and accepts every package.
      for (let n = 0; n < 80 && (await screen(page)) === 'seat'; n++) {
        await expect.poll(() => stage(page)).not.toBeNull();
        const s = await stage(page);
        if (s === 'own') await press(page, button(page, 'Hand the floor to the envoy'));
        else if (s === 'answering') {
          const group = page.getByRole('group', { name: 'Your answer' });
          await chooseRadio(page, group, group.getByRole('radio', { name: 'Accept', exact: true }));
          await press(page, button(page, 'Send your answer'));
        } else await press(page, button(page, 'Continue'));
        await page.waitForTimeout(30);
      }
      await expect.poll(() => screen(page)).toBe('debrief');
      await press(page, page.getByRole('region', { name: 'Try again from any day' }).getByRole('button', { name: 'Try again from day 2', exact: true }));
      await expect.poll(() => screen(page)).toBe('seat');
      await expect.poll(() => page.getByText(`You negotiate for ${th}`, { exact: false }).isVisible()).toBe(true);
      await expect.poll(() => heading(page)).toBe('Day 2: your move');
      const code = await page.getByRole('complementary', { name: 'Resume code' }).getByRole('textbox').inputValue();
      expect(code).toMatch(/^AM5\./);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
