// "Try again from day 3" as a student does it: finish a game, press the day-3 button (with the
// keyboard), play on with a different first decision, and read on the new debrief where the two
// tries split, named in words, beside their meters, answers and endings. Axe checks the new parts
// in every language; screenshots at 1366x768 and 390x844 in English, Thai and Khmer.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { newPage, baseURL, screenshot } from './browser';
import { useSession } from './session';
import { buttonNamed, playToDebrief, screenOf } from './play-fast';
import { axeViolations } from './axe';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const SWITCH = { en: 'English', th: 'ไทย', km: 'ខ្មែរ', ms: 'Bahasa Melayu' } as const;

/** Plays the branch on from its first situation: `first` as the first decision, then rounds without a package. */
async function playOn(page: Page, first: string): Promise<void> {
  for (let i = 0; i < level.rounds + 1 && (await screenOf(page)) !== 'debrief'; i++) {
    await expect.poll(() => screenOf(page)).toBe('situation');
    await buttonNamed(page, 'Continue').click();
    await expect.poll(() => screenOf(page)).toBe('acting');
    if (i === 0) await buttonNamed(page, first).click();
    await buttonNamed(page, 'End round without a proposal').click();
    await expect.poll(() => screenOf(page)).toBe('world');
    await buttonNamed(page, 'Continue').click();
    await expect.poll(() => screenOf(page)).toMatch(/situation|debrief/);
  }
  expect(await screenOf(page)).toBe('debrief');
}

/** Switches the page's language with the switch at the top. */
async function switchTo(page: Page, lang: keyof typeof SWITCH): Promise<void> {
  await page.locator('.language-switch').getByRole('button', { name: SWITCH[lang] }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

describe('try again from day 3', () => {
  it('plays on from day 3 and the comparison names the first different decision', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=${level.id}&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      // A finished game offers every day it played; the first try has no comparison.
      const panel = page.getByRole('region', { name: 'Try again from any day' });
      for (const day of [1, 2, 3]) await expect.poll(() => panel.getByRole('button', { name: `Try again from day ${day}`, exact: true }).count()).toBe(1);
      expect(await page.getByRole('region', { name: 'Your two tries compared' }).count()).toBe(0);
      await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: (await screenshot(page, 'try-again-panel-en-1366')).replace(/\.png$/, '-view.png') });

      // By keyboard: focus the button and press Enter.
      await panel.getByRole('button', { name: 'Try again from day 3', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => screenOf(page)).toBe('situation');
      await expect.poll(() => page.getByText('Day 3 of 8').count()).toBeGreaterThan(0);
      // A new game with its own resume code, which names its parent (AM4).
      await page.keyboard.press('Escape');
      const pause = page.getByRole('dialog');
      await expect.poll(() => pause.isVisible()).toBe(true);
      await expect(pause.getByRole('textbox', { name: 'Resume code' }).inputValue()).resolves.toMatch(/^AM4\./);
      await pause.getByRole('button', { name: 'Resume' }).click();
      await expect.poll(() => pause.isVisible()).toBe(false);

      await playOn(page, 'Offer an ASEAN aid package');
      const compare = page.getByRole('region', { name: 'Your two tries compared' });
      await expect.poll(() => compare.count()).toBe(1);
      const split = await compare.locator('.branch-split').innerText();
      // The first try began day 3 with Host talks (play-fast.ts); this one with the aid package.
      expect(split).toBe('They split on day 3. The first time, your first different decision was “Host talks”; this time it was “Offer an ASEAN aid package”.');
      const table = compare.getByRole('table', { name: 'At the end' });
      expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Measure', 'First try', 'This try', 'Change']);
      await expect.poll(() => table.getByRole('rowheader', { name: 'Ending' }).count()).toBe(1);
      await expect.poll(() => compare.getByRole('table', { name: 'The delegations\' answers from day 3' }).count()).toBe(1);
      // The branch itself can be tried again too.
      await expect.poll(() => page.getByRole('button', { name: 'Try again from day 3', exact: true }).count()).toBe(1);

      // Named by its class from here on: its accessible name changes with the language.
      const box = page.locator('.branch-compare');
      for (const lang of ['en', 'th', 'km', 'ms'] as const) {
        if (lang !== 'en') await switchTo(page, lang);
        for (const part of ['.branch-compare', '.try-again']) expect(await axeViolations(page, `${lang} ${part}`, { include: part })).toEqual([]);
        // Khmer writes the day in Khmer digits, Thai and Malay in Western digits.
        expect(await box.locator('.branch-split').innerText()).toMatch(lang === 'km' ? /[០-៩]/ : /3/);
        if (lang === 'ms') continue;
        await box.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: (await screenshot(page, `try-again-compare-${lang}-1366`)).replace(/\.png$/, '-view.png') });
      }

      await page.setViewportSize({ width: 390, height: 844 });
      for (const lang of ['en', 'th', 'km'] as const) {
        await switchTo(page, lang);
        await box.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: (await screenshot(page, `try-again-compare-${lang}-390`)).replace(/\.png$/, '-view.png') });
        // Nothing of the comparison runs off the side of a phone's screen.
        expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      }
      await page.locator('.try-again').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: (await screenshot(page, 'try-again-panel-km-390')).replace(/\.png$/, '-view.png') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works by touch on a phone: a tap on "Try again from day 2" opens day 2', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    try {
      await page.goto(`${baseURL()}?level=${level.id}&seed=7&renderer=canvas`, { waitUntil: 'networkidle' });
      await playToDebrief(page, level);
      const day2 = buttonNamed(page, 'Try again from day 2');
      const box = (await day2.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await day2.tap();
      await expect.poll(() => screenOf(page)).toBe('situation');
      await expect.poll(() => page.getByText('Day 2 of 8').count()).toBeGreaterThan(0);
      await buttonNamed(page, 'Continue').tap();
      await expect.poll(() => screenOf(page)).toBe('acting');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
