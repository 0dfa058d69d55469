// Deep links for a class: a link with scenario, seed and difficulty (query or hash) opens that
// crisis's briefing; a link with an unknown scenario, a bad seed or a bad difficulty shows what was
// wrong on the menu, which stays playable — never a blank page or the error screen.
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

const gameOf = (page: Page) => page.evaluate(() => window.__asean?.getViewModel()?.game ?? null);

describe('deep links', () => {
  it('opens the linked crisis from the query or the hash, the same for every student', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?renderer=canvas#scenario=december-2025&seed=77&difficulty=violent`);
      await expect.poll(() => screenOf(page)).toBe('briefing');
      expect(await gameOf(page)).toMatchObject({ scenarioId: 'december-2025', seed: 77, difficulty: 'violent' });
      await page.goto(`${baseURL()}?level=december-2025&seed=78&difficulty=calm&renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('briefing');
      expect(await gameOf(page)).toMatchObject({ scenarioId: 'december-2025', seed: 78, difficulty: 'calm' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('explains a bad link on the menu and still plays', async () => {
    const { context, page, errors } = await newPage(browser, { width: 390, height: 844 });
    try {
      await page.goto(`${baseURL()}?scenario=atlantis&seed=-3x&difficulty=extreme&renderer=canvas`);
      await expect.poll(() => screenOf(page)).toBe('menu');
      const notes = page.getByRole('status').filter({ hasText: 'atlantis' });
      await expect(notes.textContent()).resolves.toMatch(/does not have.*atlantis[\s\S]*seed.*-3x[\s\S]*difficulty.*extreme/);
      await screenshot(page, 'bad-link-390x844');
      await buttonNamed(page, 'New game').click();
      await expect.poll(() => screenOf(page)).toBe('briefing');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
