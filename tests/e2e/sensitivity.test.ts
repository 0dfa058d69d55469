// The sensitivity setting in the browser: switched on in Settings (and still on after a reload),
// it shows a content note before play and the gentler incident text in the round report.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { createGame, step } from '../../src/sim/game';
import type { Level } from '../../src/sim/level';
import { contentNote, softIncident } from '../../src/ui/sensitivity';
import { shippedLevel } from '../helpers/level';
import { incidentLine } from '../../src/ui/say';

let browser: Browser;
let level: Level;
beforeAll(async () => {
  browser = await launchBrowser();
  level = await shippedLevel('december-2025');
});
afterAll(async () => {
  await browser?.close();
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);

/** A seed whose first round, ended at once on calm, has an incident whose soft text differs. */
function seedWithSoftIncident(): { seed: number; hard: string; soft: string } {
  for (let seed = 1; seed < 500; seed++) {
    const g = step(level, createGame(level, { seed, difficulty: 'calm' }), { type: 'end_round' }).state;
    for (const i of g.reports[0]?.incidents ?? []) {
      const soft = incidentLine(level, softIncident(level, i));
      const hard = incidentLine(level, i);
      if (soft !== hard) return { seed, hard, soft };
    }
  }
  throw new Error('no seed with a softened incident in round 1');
}

describe('sensitive mode', () => {
  it('shows a content note before play and soft incident text, and is remembered', async () => {
    const pick = seedWithSoftIncident();
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=${pick.seed}&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await button(page, 'New game').click();
      await expect.poll(() => screen(page)).toBe('briefing');
      expect(await page.getByRole('note').count()).toBe(0);

      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await button(page, 'Settings').click();
      await page.getByLabel('Sensitive mode').check();
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await button(page, 'Settings').click();
      await expect(page.getByLabel('Sensitive mode').isChecked()).resolves.toBe(true);
      await button(page, 'Back').click();

      await page.getByRole('radio', { name: 'Calm', exact: true }).check();
      await button(page, 'New game').click();
      await expect.poll(() => screen(page)).toBe('briefing');
      const note = page.getByRole('note', { name: 'Content note' });
      await expect(note.textContent()).resolves.toContain(contentNote(level));
      await screenshot(page, 'content-note-1366x768');
      await button(page, 'Begin').click();
      await button(page, 'Continue').click();
      await button(page, 'End round without a proposal').click();
      await expect.poll(() => screen(page)).toBe('world');
      const report = (await page.locator('#app').textContent()) ?? '';
      expect(report).toContain(pick.soft);
      expect(report).not.toContain(pick.hard);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
