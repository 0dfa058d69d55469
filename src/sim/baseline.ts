// The no-mediator baseline: the same seed and difficulty with nobody acting, run to the deadline,
// so the score can count lives saved against what would have happened anyway.

import type { Difficulty, Level } from './level';
import type { GameState } from './state';
import { openRng } from './rng';
import { moveWorld } from './world';
import { createGame } from './game';
import { copyForStep } from './copy';

const cache = new WeakMap<Level, Map<string, number>>();

/** Lives lost by the deadline if the mediator does nothing (memoised per level, seed and difficulty). */
export function baselineLives(level: Level, seed: number, difficulty: Difficulty): number {
  let perLevel = cache.get(level);
  if (!perLevel) cache.set(level, (perLevel = new Map()));
  const key = `${seed}:${difficulty}`;
  const hit = perLevel.get(key);
  if (hit !== undefined) return hit;
  let g: GameState = createGame(level, { seed, difficulty });
  for (let r = 0; r < level.rounds; r++) {
    const d = copyForStep(g);
    const draws = openRng(d.rng);
    moveWorld(level, d, draws, null);
    d.rng = draws.state();
    g = d;
  }
  if (perLevel.size > 5000) perLevel.clear();
  perLevel.set(key, g.livesLost);
  return g.livesLost;
}
