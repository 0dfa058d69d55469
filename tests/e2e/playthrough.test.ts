// The keyboard-only playthrough: from the main menu to the debrief of the December scenario, with
// Tab, Enter, Space and arrow keys alone, finding every control by its role and accessible name,
// and with no console error on the way. Saves screenshots of the table and of the debrief.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { chooseRadio, press } from './keyboard';
import { fairPackage } from '../../src/sim/strategies';
import type { Level } from '../../src/sim/level';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);

/** Picks every term of a package in the proposal builder with the keyboard. */
async function choosePackage(page: Page, terms: Record<string, string>): Promise<void> {
  const form = page.getByRole('form', { name: 'Your package' });
  for (const issue of level.issues) {
    const option = issue.options.find((o) => o.id === terms[issue.id])!;
    const group = form.getByRole('group', { name: issue.label, exact: true });
    await chooseRadio(page, group, group.getByRole('radio', { name: option.label, exact: true }));
  }
}

describe('keyboard-only playthrough', () => {
  it('plays the December scenario from the menu to the debrief', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      const difficulty = page.getByRole('group', { name: 'Difficulty' });
      await chooseRadio(page, difficulty, difficulty.getByRole('radio', { name: 'Calm', exact: true }));
      await press(page, button(page, 'New game'));
      await expect.poll(() => screen(page)).toBe('briefing');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(level.title);
      await press(page, button(page, 'Begin'));

      let tookTableShot = false;
      for (let round = 1; round <= level.rounds + 1 && (await screen(page)) !== 'debrief'; round++) {
        await expect.poll(() => screen(page)).toBe('situation');
        await press(page, button(page, 'Continue'));
        await expect.poll(() => screen(page)).toBe('acting');
        const levers = round === 1 ? ['Host talks', 'Deploy interim observers'] : ['Host talks', 'Open a military hotline'];
        for (const name of levers) {
          const lever = button(page, name);
          if ((await lever.getAttribute('aria-disabled')) === 'true') continue;
          await press(page, lever);
        }
        const signed = (await page.getByRole('form', { name: 'Your package' }).count()) === 0;
        if (round >= 2 && !signed) {
          if (round === 2) await choosePackage(page, fairPackage(level) as Record<string, string>);
          if (!tookTableShot) {
            await screenshot(page, 'table-1366x768');
            tookTableShot = true;
          }
          await press(page, button(page, 'Table this package'));
          await expect.poll(() => screen(page)).toBe('responding');
          await expect(page.getByRole('article').first().textContent()).resolves.toMatch(/Thailand|Cambodia/);
          await press(page, button(page, 'Continue'));
        } else {
          await press(page, button(page, 'End round without a proposal'));
        }
        await expect.poll(() => screen(page)).toBe('world');
        await press(page, button(page, 'Continue'));
        await expect.poll(() => screen(page)).toMatch(/situation|debrief/);
      }

      expect(await screen(page)).toBe('debrief');
      expect(tookTableShot).toBe(true);
      const vm = await page.evaluate(() => window.__asean?.getViewModel());
      expect(vm?.game?.outcome).toBeTruthy();
      await expect.poll(() => page.getByText(/what really happened/i).first().isVisible()).toBe(true);
      await screenshot(page, 'debrief-1366x768');
      await press(page, button(page, 'Main menu'));
      await expect.poll(() => screen(page)).toBe('menu');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a rejected proposal explains itself', () => {
  it('shows the reason in words, naming the issue that failed', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=7&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, button(page, 'New game'));
      await press(page, button(page, 'Begin'));
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('acting');
      // Everything Cambodia asks for and nothing Thailand does: Thailand must turn it down.
      const lopsided = Object.fromEntries(level.issues.map((i) => [i.id, [...i.options].sort((a, b) => b.value.kh - a.value.kh || a.value.th - b.value.th)[0]!.id]));
      await choosePackage(page, lopsided);
      await press(page, button(page, 'Table this package'));
      await expect.poll(() => screen(page)).toBe('responding');
      const vm = await page.evaluate(() => window.__asean?.getViewModel());
      const thai = vm!.game!.answers.find((a) => a.side === 'th')!;
      expect(thai.verdict).not.toBe('accept');
      const issue = level.issues.find((i) => i.id === thai.reason.issue)!;
      const article = page.getByRole('article').filter({ hasText: 'Thailand' }).first();
      const words = (await article.textContent()) ?? '';
      expect(words.toLowerCase()).toContain(issue.label.toLowerCase());
      expect(words).toMatch(/\d+%/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
