// What docs/authoring-scenarios.md promises a teacher, done exactly: a small new scenario (an
// invented river-water dispute, tests/fixtures/sample-crisis.json) passes `validate-levels`, is
// opened from the menu with the keyboard ("Open a scenario file"), and plays to its debrief, with
// its hint, its locked lever and its own debrief text on screen.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { press, tabTo } from './keyboard';
import type { Level } from '../../src/sim/level';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE = 'tests/fixtures/sample-crisis.json';
const sample = JSON.parse(readFileSync(ROOT + FIXTURE, 'utf8')) as Level;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);

describe('a teacher’s own scenario', () => {
  it('validates with npm run validate-levels', () => {
    const r = spawnSync(process.execPath, [ROOT + 'node_modules/tsx/dist/cli.mjs', 'scripts/validate-levels.ts', FIXTURE], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('opens from the menu with the keyboard and plays to the debrief', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(`${baseURL()}?seed=3&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      // Reached with Tab like every other control; the operating system's file dialog that Space
      // would open cannot be driven headless, so the file is handed to the focused input.
      const input = page.getByLabel('Open a scenario file');
      await tabTo(page, input);
      await input.setInputFiles(ROOT + FIXTURE);
      await expect.poll(() => page.getByText(sample.title, { exact: true }).isVisible()).toBe(true);
      await press(page, button(page, 'New game'));
      await expect.poll(() => screen(page)).toBe('briefing');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(sample.title);
      await press(page, button(page, 'Begin'));

      for (let round = 1; round <= sample.rounds + 1 && (await screen(page)) !== 'debrief'; round++) {
        await expect.poll(() => screen(page)).toBe('situation');
        await press(page, button(page, 'Continue'));
        await expect.poll(() => screen(page)).toBe('acting');
        if (round === 1) {
          await expect(page.getByRole('complementary', { name: 'Hint' }).textContent()).resolves.toContain(sample.hints![0]!.text);
          await expect(button(page, 'Table this package').getAttribute('aria-disabled')).resolves.toBe('true');
          await expect.poll(() => page.getByText(/“Table a package” becomes available from week 2/).isVisible()).toBe(true);
          expect(await button(page, 'Send humanitarian demining teams').count()).toBe(0);
          await screenshot(page, 'sample-crisis-acting-1366x768');
        }
        await press(page, button(page, 'Host talks'));
        await press(page, button(page, 'End round without a proposal'));
        await expect.poll(() => screen(page)).toBe('world');
        await press(page, button(page, 'Continue'));
        await expect.poll(() => screen(page)).toMatch(/situation|debrief/);
      }
      expect(await screen(page)).toBe('debrief');
      await expect.poll(() => page.getByText(sample.debrief[0]!.text).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
