// Playing a class table in Chromium on the solo game's screens, by role and accessible name: join
// by code, pick a table, press levers (and their side pickers), table packages, end rounds. Each
// decision waits until the server's state has it (the page shows nothing sooner), read through the
// page's read-only test hook, as the solo tests read the solo game's view model.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { sensible } from '../../src/sim/strategies';
import { leverLabel } from '../../src/ui/say';
import { sideName } from '../../src/ui/format';
import { buttonNamed, pickPackage, screenOf } from './play-fast';

/** Decisions the table's game holds as this page last drew it (-1 before it has a table). */
export const decidedOn = (page: Page) => page.evaluate(() => window.__asean?.getViewModel()?.game?.log.length ?? -1);

/** Waits until the page shows screen `screen` (a RegExp for any of several). */
export async function screenIs(page: Page, screen: string | RegExp): Promise<void> {
  if (typeof screen === 'string') await expect.poll(() => screenOf(page), { timeout: 15_000 }).toBe(screen);
  else await expect.poll(() => screenOf(page), { timeout: 15_000 }).toMatch(screen);
}

/** Opens the join page, joins as `name` with `code` and sits at table `table` (1-based). */
export async function joinTable(page: Page, base: string, code: string, name: string, table: number, words = { name: 'Your name', join: 'Join', table: `Table ${table}` }): Promise<void> {
  await page.goto(`${base}/class.html#code=${code}`);
  await page.getByLabel(words.name).fill(name);
  await page.getByRole('button', { name: words.join }).click();
  await page.getByRole('button', { name: words.table, exact: true }).click();
}

/** Presses one lever (and its side in the picker) on the acting screen, and waits for the server's state. */
export async function pressLever(page: Page, level: Level, a: Exclude<MediatorAction, { type: 'propose' } | { type: 'end_round' }>): Promise<void> {
  const before = await decidedOn(page);
  const label = leverLabel(a.type);
  await buttonNamed(page, label).click();
  if ('side' in a) {
    const side = sideName(level, a.side);
    const target = a.type === 'statement' ? (a.tone === 'blame' ? `Blame ${side}` : `Praise ${side}`) : side;
    await page.getByRole('group', { name: `${label}: choose` }).getByRole('button', { name: target, exact: true }).click();
  }
  await expect.poll(() => decidedOn(page), { timeout: 15_000 }).toBe(before + 1);
}

/** From the situation screen, plays one round of the sensible mediator; returns the game after it. Stops on the answers when an accord is signed. */
export async function playRound(page: Page, level: Level, g: GameState): Promise<GameState> {
  await screenIs(page, 'situation');
  await buttonNamed(page, 'Continue').click();
  await screenIs(page, 'acting');
  for (const a of sensible(level, g)) {
    const r = step(level, g, a);
    if (!r.ok || a.type === 'end_round') continue;
    if (a.type === 'propose') {
      await pickPackage(page, level, a.proposal);
      await buttonNamed(page, 'Table this package').click();
      await screenIs(page, 'responding');
      g = r.state;
      if (g.accord) return g;
      await buttonNamed(page, 'Continue').click();
      await screenIs(page, 'world');
      return endOfRound(page, step(level, g, { type: 'end_round' }).state);
    }
    await pressLever(page, level, a);
    g = r.state;
  }
  await buttonNamed(page, 'End round without a proposal').click();
  await screenIs(page, 'world');
  return endOfRound(page, step(level, g, { type: 'end_round' }).state);
}

async function endOfRound(page: Page, g: GameState): Promise<GameState> {
  await buttonNamed(page, 'Continue').click();
  await screenIs(page, g.outcome ? 'debrief' : 'situation');
  return g;
}

/** Plays the sensible mediator from the first situation until an accord is signed or the game ends. */
export async function playToAccord(page: Page, level: Level, seed: number): Promise<GameState> {
  let g = createGame(level, { seed, difficulty: 'tense' });
  while (!g.outcome && !g.accord) g = await playRound(page, level, g);
  return g;
}

/** After an accord (on its answers screen), ends rounds until the game's outcome and its debrief. */
export async function playOut(page: Page, level: Level, g: GameState): Promise<GameState> {
  await screenIs(page, 'responding');
  await buttonNamed(page, 'Continue').click();
  await screenIs(page, 'world');
  g = await endOfRound(page, step(level, g, { type: 'end_round' }).state);
  while (!g.outcome) {
    await buttonNamed(page, 'Continue').click();
    await screenIs(page, 'acting');
    await buttonNamed(page, 'End round without a proposal').click();
    await screenIs(page, 'world');
    g = await endOfRound(page, step(level, g, { type: 'end_round' }).state);
  }
  return g;
}
