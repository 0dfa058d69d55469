// The campaign end to end: every shipped scenario (LEVEL_IDS, so new ones join automatically) is
// picked from the menu's campaign list and played in the browser twice: with the scripted sensible
// strategy to a debrief, and with the passive one (no action at all) to a loss. Seeds are chosen
// headless with the same sim, and the browser must reach exactly the outcome the sim predicts.
// Finishing the first scenario unlocks the second, and that survives a reload.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, newPage, screenshot } from './browser';
import { LEVEL_IDS } from '../../src/content/levels';
import { createGame } from '../../src/sim/game';
import type { Level } from '../../src/sim/level';
import type { GameState, Outcome } from '../../src/sim/state';
import { passive, playOut, sensible } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';
import { leverLabel } from '../../src/ui/say';

let browser: Browser;
const levels = new Map<string, Level>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const id of LEVEL_IDS) levels.set(id, await shippedLevel(id));
});
afterAll(async () => {
  await browser?.close();
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);
const vmGame = (page: Page) => page.evaluate(() => window.__asean?.getViewModel()?.game ?? null) as Promise<GameState | null>;
const disabled = async (page: Page, name: string) => (await button(page, name).getAttribute('aria-disabled')) === 'true';
/**
 * Clicks with the mouse without Playwright's wait for two still animation frames: the map animates
 * all the time, and that wait alone costs about a second a click on a busy machine.
 */
const hit = (l: Locator) => l.click({ force: true });

/** The first seed on calm where the sensible strategy wins and the passive one loses, with both outcomes. */
function pickSeed(level: Level): { seed: number; sensible: Outcome; passive: Outcome } {
  for (let seed = 1; seed <= 200; seed++) {
    const s = playOut(level, createGame(level, { seed, difficulty: 'calm' }), sensible).outcome!;
    const p = playOut(level, createGame(level, { seed, difficulty: 'calm' }), passive).outcome!;
    if (s.kind === 'win' && p.kind === 'loss') return { seed, sensible: s, passive: p };
  }
  throw new Error(`${level.id}: no seed in 1..200 where sensible wins and passive loses on calm`);
}

/** Opens the menu and starts `level` from the campaign list (teacher mode opens locked ones). */
async function start(page: Page, level: Level, seed: number, teacher: boolean): Promise<void> {
  await page.goto(`${baseURL()}?seed=${seed}&renderer=canvas`, { waitUntil: 'networkidle' });
  await expect.poll(() => screen(page)).toBe('menu');
  await page.getByRole('radio', { name: 'Calm', exact: true }).check();
  if (teacher) await page.getByLabel('Teacher: play any scenario').check();
  await hit(button(page, `Play ${level.title}`));
  await expect.poll(() => screen(page)).toBe('briefing');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(level.title);
  await hit(button(page, 'Begin'));
}

/** Plays this round's decisions of the sensible strategy through the UI; true if a package was tabled. */
async function sensibleRound(page: Page, level: Level): Promise<boolean> {
  const game = (await vmGame(page))!;
  for (const action of sensible(level, game)) {
    if (action.type === 'propose') {
      if ((await page.getByRole('form', { name: 'Your package' }).count()) === 0 || (await disabled(page, 'Table this package'))) continue;
      const form = page.getByRole('form', { name: 'Your package' });
      for (const issue of level.issues) {
        const option = issue.options.find((o) => o.id === action.proposal[issue.id])!;
        await form.getByRole('group', { name: issue.label, exact: true }).getByRole('radio', { name: option.label, exact: true }).check({ force: true });
      }
      await hit(button(page, 'Table this package'));
      await expect.poll(() => screen(page)).toBe('responding');
      await hit(button(page, 'Continue'));
      return true;
    }
    if (action.type === 'end_round') continue;
    const info = { label: leverLabel(action.type) };
    if ((await button(page, info.label).count()) === 0 || (await disabled(page, info.label))) continue;
    const used = (await vmGame(page))!.usedThisRound.length;
    await hit(button(page, info.label));
    if ('side' in action) {
      const side = level.sides[action.side].name;
      const name = action.type === 'statement' ? `${action.tone === 'praise' ? 'Praise' : 'Blame'} ${side}` : side;
      await hit(page.getByRole('group', { name: `${info.label}: choose` }).getByRole('button', { name, exact: true }));
    }
    await expect.poll(async () => (await vmGame(page))!.usedThisRound.length).toBe(used + 1);
  }
  return false;
}

/** Plays rounds until the debrief, with the sensible strategy or with no action at all. */
async function playToDebrief(page: Page, level: Level, strategy: 'sensible' | 'passive'): Promise<GameState> {
  for (let round = 1; round <= level.rounds + 1 && (await screen(page)) !== 'debrief'; round++) {
    await expect.poll(() => screen(page)).toBe('situation');
    await hit(button(page, 'Continue'));
    await expect.poll(() => screen(page)).toBe('acting');
    const tabled = strategy === 'sensible' && (await sensibleRound(page, level));
    if (!tabled) await hit(button(page, 'End round without a proposal'));
    await expect.poll(() => screen(page)).toBe('world');
    await hit(button(page, 'Continue'));
    await expect.poll(() => screen(page)).toMatch(/situation|debrief/);
  }
  expect(await screen(page)).toBe('debrief');
  await expect.poll(() => page.getByRole('heading', { name: 'What really happened' }).isVisible()).toBe(true);
  return (await vmGame(page))!;
}

describe('the campaign in the browser', () => {
  it.each(LEVEL_IDS.map((id) => [id]))('%s: the sensible strategy plays to a debrief, as the sim predicts', async (id) => {
    const level = levels.get(id)!;
    const pick = pickSeed(level);
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await start(page, level, pick.seed, true);
      const game = await playToDebrief(page, level, 'sensible');
      expect(game.outcome).toMatchObject({ kind: pick.sensible.kind, reason: pick.sensible.reason, score: pick.sensible.score });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/: a win$/);
      if (id === LEVEL_IDS[0]) await screenshot(page, 'campaign-debrief-1366x768');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(LEVEL_IDS.map((id) => [id]))('%s: the passive strategy loses', async (id) => {
    const level = levels.get(id)!;
    const pick = pickSeed(level);
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await start(page, level, pick.seed, id !== LEVEL_IDS[0]);
      const game = await playToDebrief(page, level, 'passive');
      expect(game.outcome).toMatchObject({ kind: 'loss', reason: pick.passive.reason, score: pick.passive.score });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/: a loss$/);
      expect(game.log.filter((a) => a.type !== 'end_round')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('unlocks the next scenario when one is finished, and remembers it after a reload', async () => {
    const [first, second] = LEVEL_IDS.map((id) => levels.get(id)!);
    if (!first || !second) return;
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    try {
      await start(page, first, pickSeed(first).seed, false);
      await page.goto(`${baseURL()}?renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      expect(await disabled(page, `Play ${second.title}`)).toBe(true);
      await start(page, first, pickSeed(first).seed, false);
      await playToDebrief(page, first, 'passive');
      await hit(button(page, 'Main menu'));
      await expect.poll(() => screen(page)).toBe('menu');
      expect(await disabled(page, `Play ${second.title}`)).toBe(false);
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await expect.poll(() => disabled(page, `Play ${second.title}`)).toBe(false);
      await expect.poll(() => page.getByText(/Finished \(lost, best score \d+\)/).first().isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
