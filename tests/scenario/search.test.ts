// The searches that hunt for a winning recipe, re-run on December (tense) with fixed seeds and small
// budgets so the file stays well under a minute: the tree search must not fall behind the balanced
// mediator by more than the stated margin on the same games, the evolved blind recipe must win less
// often than the balanced mediator, and neither may win more than 95%. The search must never read
// the game's own random generator nor the delegations' private numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { applyInPlace, createGame, refuse } from '../../src/sim/game';
import { copyForStep } from '../../src/sim/copy';
import { balanced } from '../../src/sim/balance/strategies';
import { runStrategy } from '../../src/sim/balance/run';
import { searchPlayer } from '../../src/sim/search/player';
import { modelPackage } from '../../src/sim/search/packages';
import { runBlindRecipe } from '../../src/sim/search/in-report';
import { summarise } from '../../src/sim/search/recipe';
import { seedRng } from '../../src/sim/rng';
import { shippedLevel } from '../helpers/level';

/** Games, their first seed and the tree search's budget (about 50,000 rollouts in all). */
const GAMES = 30;
const SEED = 1;
const ITERATIONS = 300;
/** How far (in win rate) the tree search may trail the balanced mediator on the same games. */
const MARGIN = 0.1;

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

const now = () => performance.now();
const run = { games: GAMES, seed: SEED, difficulty: 'tense' as const };

describe('the tree search on December (tense)', () => {
  it('wins at least about as often as the balanced mediator on the same games, and at most 95%', () => {
    const player = searchPlayer({ iterations: ITERATIONS, seed: 7 });
    const tree = runStrategy(level, player.strategy, run, now);
    const base = runStrategy(level, balanced, run, now);
    const label = `tree ${tree.winRate}, balanced ${base.winRate}`;
    expect(tree.winRate, label).toBeGreaterThanOrEqual(base.winRate - MARGIN);
    expect(tree.winRate, label).toBeLessThanOrEqual(0.95);
    // It played what it was given, and says what it did in words.
    expect(player.rollouts()).toBeGreaterThanOrEqual(GAMES * ITERATIONS);
    const recipe = summarise(player.days);
    expect(recipe.text.length).toBeGreaterThan(1);
    expect(recipe.days[0]!.day).toBe(1);
  }, 120_000);

  it("decides the same whatever the delegations privately want: it learns that only from answers and readings", () => {
    const player = searchPlayer({ iterations: 60, seed: 3 });
    const a = createGame(level, { seed: 11, difficulty: 'tense' });
    const b = copyForStep(a);
    const other = createGame(level, { seed: 12, difficulty: 'tense' });
    b.sides.th.prefs = other.sides.th.prefs;
    b.sides.kh.prefs = other.sides.kh.prefs;
    expect(b.sides.th.prefs).not.toEqual(a.sides.th.prefs);
    expect(player.strategy(level, b)).toEqual(player.strategy(level, a));
  });

  it('decides the same whatever the game generator holds: it cannot see the future draws', () => {
    const player = searchPlayer({ iterations: 60, seed: 3 });
    // A game at day 1, and the same game with a different generator state: the same decisions.
    const a = createGame(level, { seed: 11, difficulty: 'tense' });
    const b = copyForStep(a);
    b.rng = seedRng(987654);
    expect(player.strategy(level, b)).toEqual(player.strategy(level, a));
  });

  it('tables a package both delegations accept whenever the model says they would sign, when they hold the published numbers', () => {
    let signs = 0;
    for (let seed = 1; seed <= 30; seed++) {
      // Games played by the balanced mediator, stopped on day 3 before any decision that day, with
      // delegations whose private numbers are the scenario's own (the model plans with those).
      const g = createGame(level, { seed, difficulty: 'tense' });
      delete g.sides.th.prefs;
      delete g.sides.kh.prefs;
      const day3 = playTo(level, g, 3);
      if (day3.outcome || day3.accord) continue;
      const m = modelPackage(level, day3);
      if (!m.signs) continue;
      signs++;
      const tabled = copyForStep(day3);
      applyInPlace(level, tabled, { type: 'propose', proposal: m.proposal }, false);
      expect(tabled.answers.map((a) => a.verdict), `seed ${seed}`).toEqual(['accept', 'accept']);
      expect(tabled.accord).not.toBeNull();
    }
    expect(signs).toBeGreaterThan(0);
  });
});

describe('the blind recipe (the same decisions every game, reading nothing)', () => {
  it('wins less often than the balanced mediator, who reads the answers, after evolving on its own practice games', () => {
    const games = { games: 300, seed: SEED, difficulty: 'tense' as const };
    const f = runBlindRecipe(level, games, { iterations: 1, generations: 10, population: 60, practiceGames: 40, seed: 5 }, now);
    const reader = runStrategy(level, balanced, games, now);
    expect(f.winRate, f.recipe.text.join('\n')).toBeLessThan(reader.winRate);
    expect(f.winRate, f.recipe.text.join('\n')).toBeLessThanOrEqual(0.95);
    expect(f.recipe.text.some((line) => line.startsWith('the package:'))).toBe(true);
  }, 60_000);
});

/** The balanced mediator's game from `start`, played until the start of `day`. */
function playTo(level: Level, start: GameState, day: number): GameState {
  const g = copyForStep(start);
  while (!g.outcome && g.round < day) {
    for (const a of balanced(level, g)) if (refuse(level, g, a) === null) applyInPlace(level, g, a, false);
    applyInPlace(level, g, { type: 'end_round' }, false);
  }
  return g;
}
