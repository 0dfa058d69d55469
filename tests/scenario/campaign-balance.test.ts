// The campaign's balance, headless: at every difficulty each scenario must be winnable with sensible
// play and lost by doing nothing, and the tutorial must be won by sensible play at least 80% of the
// time on calm. Rates are measured over many seeds; the thresholds keep margins so a small retune
// of the model's constants does not break them, while a broken scenario does.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Difficulty, type Level } from '../../src/sim/level';
import { createGame } from '../../src/sim/game';
import { passive, playOut, sensible, type Strategy } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

/** Seeds per scenario, difficulty and strategy (about 12 s for the whole file). */
const SEEDS = 500;
const CAMPAIGN = ['chong-bok-2025', 'july-2025', 'august-2025', 'october-2025', 'december-2025'] as const;

const levels = new Map<string, Level>();
beforeAll(async () => {
  for (const id of CAMPAIGN) levels.set(id, await shippedLevel(id));
});

/** Share of games with each outcome kind over `n` seeds. */
function rates(level: Level, difficulty: Difficulty, strategy: Strategy, n: number): { win: number; loss: number } {
  let win = 0;
  let loss = 0;
  for (let seed = 1; seed <= n; seed++) {
    const kind = playOut(level, createGame(level, { seed, difficulty }), strategy).outcome?.kind;
    if (kind === 'win') win++;
    if (kind === 'loss') loss++;
  }
  return { win: win / n, loss: loss / n };
}

describe.each(CAMPAIGN)('balance of %s', (id) => {
  it.each(DIFFICULTIES)('on %s: sensible play wins often, doing nothing mostly loses', (difficulty) => {
    const level = levels.get(id)!;
    const active = rates(level, difficulty, sensible, SEEDS);
    const idle = rates(level, difficulty, passive, SEEDS);
    const label = `${id} ${difficulty}: sensible ${JSON.stringify(active)}, passive ${JSON.stringify(idle)}`;
    // Violent play with delegations whose red lines must be found is the hardest case: a fifth of games.
    expect(active.win, label).toBeGreaterThan(difficulty === 'violent' ? 0.2 : 0.25);
    expect(active.loss, label).toBeLessThan(0.75);
    expect(idle.loss, label).toBeGreaterThan(0.6);
    expect(active.win, label).toBeGreaterThan(idle.win + 0.2);
  });
});

describe('the tutorial', () => {
  it('is won by sensible play at least 80% of the time on calm', () => {
    const { win } = rates(levels.get('chong-bok-2025')!, 'calm', sensible, SEEDS);
    expect(win).toBeGreaterThanOrEqual(0.8);
  });
});
