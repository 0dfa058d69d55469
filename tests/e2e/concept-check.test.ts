// Work a teacher can grade, in real Chromium by role and accessible name: the concept check taken
// before play from the briefing, the game played, the same questions after with their
// explanations, the memo written in the debrief, and both in the CSV and JSON downloads; the memo
// survives a reload (the finished game opened again by its resume code); Esc skips the check in
// one key; axe finds nothing on the new screens in all four languages; screenshots at 1366×768 and
// 390×844 in English, Thai and Khmer.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { buttonNamed, screenOf } from './play-fast';
import { axeViolations, STRUCTURE_RULES } from './axe';
import type { Level } from '../../src/sim/level';
import type { GameExport } from '../../src/platform/export';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const URL = () => `${baseURL()}?level=december-2025&seed=42&renderer=canvas`;
const LANGS = [['th', 'ไทย'], ['km', 'ខ្មែរ'], ['ms', 'Bahasa Melayu'], ['en', 'English']] as const;

/** Chooses an option in the check's question `n` (its group is named "n. the question"). */
async function answer(page: Page, n: number, option: RegExp | string): Promise<void> {
  await page.getByRole('group', { name: new RegExp(`^${n}\\. `) }).getByRole('radio', { name: option }).check();
}

/** Ends every round without a proposal until the game is over. */
async function playOut(page: Page): Promise<void> {
  for (let i = 0; i < 4 * (level.rounds + 2); i++) {
    const screen = await screenOf(page);
    if (screen === 'postcheck' || screen === 'debrief') return;
    if (screen === 'acting') await buttonNamed(page, 'End round without a proposal').click();
    else if (screen === 'situation' || screen === 'world' || screen === 'responding') await buttonNamed(page, 'Continue').click();
    await expect.poll(() => screenOf(page)).not.toBe(screen);
  }
}

/** axe on the whole page in every language, switched with the language switch; back in English at the end. */
async function axeInEveryLanguage(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const [lang, name] of LANGS) {
    await page.locator('.language-switch').getByRole('button', { name, exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expect.poll(() => page.locator('.screen-check p[role=status]').count()).toBe(0);
    await expect.poll(() => page.locator('.screen').first().textContent()).not.toMatch(/grade\.(check|memo|offer|summary)/);
    found.push(...(await axeViolations(page, `${label} (${lang})`, { also: STRUCTURE_RULES })));
  }
  return found;
}

/** Screenshots of the screen on show at two sizes, in English, Thai and Khmer; back in English. */
async function shots(page: Page, name: string): Promise<void> {
  for (const [lang, label] of [['th', 'ไทย'], ['km', 'ខ្មែរ'], ['en', 'English']] as const) {
    await page.locator('.language-switch').getByRole('button', { name: label, exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    for (const [w, h] of [[1366, 768], [390, 844]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `${name}-${lang}-${w}x${h}`);
    }
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('concept check and mediator\'s memo', () => {
  it('takes the check before and after play, writes the memo, exports both, and keeps the memo across a reload', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(URL(), { waitUntil: 'networkidle' });
      await expect.poll(() => screenOf(page)).toBe('menu');
      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      await buttonNamed(page, 'New game').click();
      await expect.poll(() => screenOf(page)).toBe('briefing');
      await shots(page, 'concept-check-offer');
      await buttonNamed(page, 'Answer five questions first').click();
      await expect.poll(() => screenOf(page)).toBe('precheck');
      await expect(page.getByRole('heading', { level: 1, name: 'Before you play: five questions' }).isVisible()).resolves.toBe(true);
      expect(await page.getByRole('group').count()).toBe(5);
      expect(await axeInEveryLanguage(page, 'pre-check')).toEqual([]);
      await shots(page, 'concept-check-before');

      // Before play: two right (ripeness b, verification a), one wrong (leverage a), two blank.
      await answer(page, 1, /more fighting costs more than it can gain/);
      await answer(page, 2, /Joint demining and observers/);
      await answer(page, 3, /Pressure had nothing to do with it/);
      await buttonNamed(page, 'Done: begin the game').click();
      await expect.poll(() => screenOf(page)).toBe('situation');

      await playOut(page);
      await expect.poll(() => screenOf(page)).toBe('postcheck');
      await expect(page.getByRole('heading', { level: 1, name: 'After the crisis: the same five questions' }).isVisible()).resolves.toBe(true);
      expect(await axeInEveryLanguage(page, 'post-check')).toEqual([]);
      await answer(page, 1, /more fighting costs more than it can gain/);
      await answer(page, 2, /Joint demining and observers/);
      await answer(page, 3, /often fray when the pressure lapses/);
      await answer(page, 4, /They rise/);
      await answer(page, 5, /fear looking weak before voters/);
      await buttonNamed(page, 'Check my answers').click();
      await expect.poll(() => page.getByText('Before playing: 2 of 5 right · After: 5 of 5 right').isVisible()).toBe(true);
      await expect(page.getByText('Before playing: Pressure had nothing to do with it.').isVisible()).resolves.toBe(true);
      await expect(page.getByText(/Leverage speeds a signature but does not make both sides want the peace/).isVisible()).resolves.toBe(true);
      expect(await axeInEveryLanguage(page, 'post-check answers')).toEqual([]);
      await shots(page, 'concept-check-after');
      await buttonNamed(page, 'Continue to the debrief').click();
      await expect.poll(() => screenOf(page)).toBe('debrief');

      // The memo: typed text stays text (no markup is made of it).
      await expect(page.getByRole('heading', { level: 2, name: 'Concept check' }).isVisible()).resolves.toBe(true);
      await expect(page.getByText('Before playing: 2 of 5 right · After: 5 of 5 right').isVisible()).resolves.toBe(true);
      const tried = 'Hotline and observers first; <b>no</b> tariff threat.';
      await page.getByRole('textbox', { name: 'What did you try, and why?' }).fill(tried);
      await page.getByRole('textbox', { name: /Why did a side say no/ }).fill('Thailand rejected the package: its public would not ratify it.');
      await page.getByRole('textbox', { name: 'What would make the deal last?' }).fill('Demining, observers, and a boundary track.');
      expect(await page.locator('.memo b').count()).toBe(0);
      expect(await axeInEveryLanguage(page, 'debrief memo')).toEqual([]);
      await shots(page, 'memo');

      const csvDownload = page.waitForEvent('download');
      await buttonNamed(page, 'Download CSV').click();
      const csv = (await readFile(await (await csvDownload).path(), 'utf8')).slice(1);
      const header = csv.split('\r\n')[0]!;
      expect(header).toMatch(/,check_question,check_concept,check_prompt,check_right_answer,check_before,check_before_right,check_after,check_after_right,memo_prompt,memo_text$/);
      expect(csv).toContain('leverage,leverage,');
      expect(csv).toContain(`tried,${tried}`);
      expect(csv).toMatch(/total,,,5,2,,5,/);

      const jsonDownload = page.waitForEvent('download');
      await buttonNamed(page, 'Download JSON').click();
      const doc = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as GameExport;
      expect(doc.grade).toMatchObject({ set: 'december-2025', beforeScore: 2, afterScore: 5, memo: { tried, lasting: 'Demining, observers, and a boundary track.' } });
      expect(doc.grade?.questions.find((q) => q.question === 'leverage')).toMatchObject({ before: 'a', beforeRight: false, after: 'c', afterRight: true });

      // Printed, each box is its text.
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText(tried, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('textbox', { name: 'What did you try, and why?' }).isVisible()).resolves.toBe(false);
      await page.emulateMedia({ media: 'screen' });

      // A reload: the finished game opened again by its code brings its memo and answers back.
      const code = await page.locator('#resume-code-current').inputValue();
      await page.reload();
      await expect.poll(() => screenOf(page)).toBe('menu');
      await page.getByRole('textbox', { name: 'Resume code' }).fill(code);
      await buttonNamed(page, 'Resume').click();
      await expect.poll(() => screenOf(page)).toBe('debrief');
      await expect(page.getByRole('textbox', { name: 'What did you try, and why?' }).inputValue()).resolves.toBe(tried);
      await expect(page.getByText('Before playing: 2 of 5 right · After: 5 of 5 right').isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('skips the check with one key, and offers it on the debrief to a player who did not take it', async () => {
    const { context, page, errors } = await newPage(browser, { width: 390, height: 844 });
    try {
      await page.goto(URL(), { waitUntil: 'networkidle' });
      await expect.poll(() => screenOf(page)).toBe('menu');
      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      await buttonNamed(page, 'New game').click();
      await buttonNamed(page, 'Answer five questions first').click();
      await expect.poll(() => screenOf(page)).toBe('precheck');
      await page.keyboard.press('Escape');
      await expect.poll(() => screenOf(page)).toBe('situation');
      await playOut(page);
      await expect.poll(() => screenOf(page)).toBe('debrief');
      await expect(page.getByText('Before playing: skipped · After: not taken').isVisible()).resolves.toBe(true);
      await buttonNamed(page, 'Take the concept check').click();
      await expect.poll(() => screenOf(page)).toBe('postcheck');
      await buttonNamed(page, 'Skip the questions').first().click();
      await expect.poll(() => screenOf(page)).toBe('debrief');
      await expect(page.getByText('Before playing: skipped · After: skipped').isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
