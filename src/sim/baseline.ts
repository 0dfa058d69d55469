// The no-mediator baseline: the same seed and difficulty with nobody acting, run to the deadline,
// so the score can count lives saved against what would have happened anyway.

import type { Difficulty, Level } from './level';
import type { GameState } from './state';
import { openRng } from './rng';
import { moveWorld } from './world';
import { createGame } from './new-game';

const cache = new WeakMap<Level, Map<string, number>>();

/** Lives lost by the deadline if the mediator does nothing (memoised per level, seed and difficulty). */
export function baselineLives(level: Level, seed: number, difficulty: Difficulty): number {
  let perLevel = cache.get(level);
  if (!perLevel) cache.set(level, (perLevel = new Map()));
  const key = `${seed}:${difficulty}`;
  const hit = perLevel.get(key);
  if (hit !== undefined) return hit;
  // A fresh game no one else sees, moved on round after round by one draw source: the same draws,
  // in the same order, as opening the generator anew each round.
  const g: GameState = createGame(level, { seed, difficulty });
  const draws = openRng(g.rng);
  for (let r = 0; r < level.rounds; r++) moveWorld(level, g, draws, null);
  if (perLevel.size > 5000) perLevel.clear();
  perLevel.set(key, g.livesLost);
  return g.livesLost;
}
