// The projector view for a whole class, keyboard only: the facilitator turns it on from the menu
// (or with ?projector=1), the text grows, the acting screen shows up to four moves lettered A–D,
// and "The class chose…" carries out the winning move. Screenshots at 1920×1080 and 390×844.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { press, tabTo } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);
const game = (page: Page) => page.evaluate(() => window.__asean?.getViewModel()?.game ?? null);
const rootFontPx = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

/** From the menu to the envoy's first move. */
async function toActing(page: Page): Promise<void> {
  await press(page, button(page, 'New game'));
  await press(page, button(page, 'Begin'));
  await press(page, button(page, 'Continue'));
  await expect.poll(() => screen(page)).toBe('acting');
}

describe('projector view', () => {
  it('turns on from the menu, letters the moves and applies the class’s choice', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1920, height: 1080 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      const normal = await rootFontPx(page);
      await press(page, page.getByText('Classroom and workshop options', { exact: true }));
      await tabTo(page, page.getByRole('checkbox', { name: 'Projector view' }));
      await page.keyboard.press('Space');
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
      expect(await rootFontPx(page)).toBeGreaterThanOrEqual(normal * 1.3);
      await toActing(page);

      const vote = page.getByRole('region', { name: 'Class vote: what should the envoy do next?' });
      await expect.poll(() => vote.isVisible()).toBe(true);
      const picks = vote.getByRole('group', { name: 'The class chose…' }).getByRole('button', { name: /^The class chose [A-D]:/ });
      expect(await picks.count()).toBe(4);
      await expect(picks.last().getAttribute('aria-label')).resolves.toBe('The class chose D: End the round');
      await screenshot(page, 'projector-1920x1080');

      const first = (await picks.first().getAttribute('aria-label'))!.replace(/^The class chose A: /, '');
      const before = (await game(page))!;
      await press(page, picks.first());
      await expect.poll(async () => (await game(page))?.log.length).toBe(before.log.length + 1);
      const after = (await game(page))!;
      expect(after.capital).toBeLessThan(before.capital);
      await expect(picks.first().getAttribute('aria-label')).resolves.not.toBe(`The class chose A: ${first}`);

      await press(page, button(page, 'The class chose D: End the round'));
      await expect.poll(() => screen(page)).toBe('world');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens with ?projector=1 and fits a phone held up to a document camera', async () => {
    const { context, page, errors } = await newPage(browser, { width: 390, height: 844 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas&projector=1`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
      await expect(page.locator('input[type=checkbox][data-focus=projector]').isChecked()).resolves.toBe(true);
      await toActing(page);
      await expect.poll(() => page.getByRole('heading', { name: 'Class vote: what should the envoy do next?' }).isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'projector-390x844');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
