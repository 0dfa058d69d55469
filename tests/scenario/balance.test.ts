// The December scenario's balance at normal (tense) difficulty, over 2,000 games per strategy:
// doing nothing loses; pressure signs sooner but relapses more than facilitation; the balanced
// mediator wins often but not always; no strategy is a sure thing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { STRATEGIES } from '../../src/sim/balance/strategies';
import { runStrategy, type StrategyFigures } from '../../src/sim/balance/run';
import { shippedLevel } from '../helpers/level';

let level: Level;
const figures: Record<string, StrategyFigures> = {};
const now = () => performance.now();

beforeAll(async () => {
  level = await shippedLevel('december-2025');
  for (const name of ['passive', 'pressure only', 'facilitation only', 'verification first', 'balanced']) {
    figures[name] = runStrategy(level, STRATEGIES[name]!, { games: 2000, seed: 1, difficulty: 'tense' }, now);
  }
  // The searches have their own test (search.test.ts): they play many games in their heads.
}, 300_000);

describe('December 2025 at tense difficulty', () => {
  it('passive loses at least 90% of games', () => {
    expect(1 - figures['passive']!.winRate).toBeGreaterThanOrEqual(0.9);
  });

  it('pressure only signs sooner but relapses more than facilitation only', () => {
    const pressure = figures['pressure only']!;
    const facilitation = figures['facilitation only']!;
    expect(pressure.meanSignRound).toBeLessThan(facilitation.meanSignRound);
    expect(pressure.relapseRate).toBeGreaterThan(facilitation.relapseRate);
    expect(pressure.meanLeverageShare).toBeGreaterThan(facilitation.meanLeverageShare);
  });

  it('the balanced strategy wins between 55% and 85%', () => {
    expect(figures['balanced']!.winRate).toBeGreaterThanOrEqual(0.55);
    expect(figures['balanced']!.winRate).toBeLessThanOrEqual(0.85);
  });

  it('no strategy wins more than 95%', () => {
    for (const [name, f] of Object.entries(figures)) expect(f.winRate, name).toBeLessThanOrEqual(0.95);
  });
});
