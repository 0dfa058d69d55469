// The score of a finished game (GAME.md, "Scoring and the debrief"): both sides' acceptance, lives
// saved against the no-mediator baseline of the same seed, civilians returned, durability of the
// terms signed, and ASEAN's credibility.

import type { Level } from './level';
import type { GameState, Outcome } from './state';
import { clamp } from './math';
import { homeUtility, tableUtility } from './negotiation/utility';
import { effectsOf, termsHazard } from './terms';

/** A lost scenario scores at most this, whatever its parts add up to. */
export const LOSS_CAP = 40;

/** Points available for each part of the score (they sum to 100). */
export const SCORE_WEIGHTS = { acceptance: 25, livesSaved: 25, returns: 15, durability: 20, credibility: 15 } as const;

/** Scores a finished game; `baselineLives` is the lives lost with no mediator on the same seed. */
export function scoreGame(level: Level, g: GameState, kind: Outcome['kind'], reason: Outcome['reason'], baselineLives: number, peakDisplaced: number): Outcome {
  const accord = g.accord;
  const acceptance = accord
    ? Math.min(...(['th', 'kh'] as const).map((s) => (tableUtility(level, accord, s) + homeUtility(level, accord, s)) / 2))
    : 0;
  const extraDeaths = Math.max(0, baselineLives - level.world.livesLost);
  const ownDeaths = Math.max(0, g.livesLost - level.world.livesLost);
  const livesSaved = extraDeaths > 0 ? clamp((extraDeaths - ownDeaths) / extraDeaths) : ownDeaths === 0 ? 1 : 0;
  const returns = peakDisplaced > 0 ? clamp((peakDisplaced - g.displaced) / peakDisplaced) : 0;
  // The terms' hazard as if the ceasefire held: the accord's effects whatever the ceasefire's state.
  const durability = accord && reason !== 'collapse' ? clamp(1 - termsHazard(level, g, effectsOf(level, accord))) : 0;
  const credibility = clamp(g.aseanCredibility);
  const parts = { acceptance, livesSaved, returns, durability, credibility };
  const keys = Object.keys(SCORE_WEIGHTS) as (keyof typeof SCORE_WEIGHTS)[];
  const exact = keys.map((k) => SCORE_WEIGHTS[k] * parts[k]);
  const score = Math.round(exact.reduce((sum, x) => sum + x, 0));
  // Parts rounded so they add up to the score exactly (largest remainders get the spare points),
  // so the debrief never shows parts that sum to one more or less than the total.
  const whole = exact.map(Math.floor);
  let spare = score - whole.reduce((sum, x) => sum + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (spare <= 0) break;
    whole[i]! += 1;
    spare -= 1;
  }
  const breakdown = Object.fromEntries(keys.map((k, i) => [k, whole[i]!])) as Outcome['breakdown'];
  return { kind, reason, score: kind === 'loss' ? Math.min(score, LOSS_CAP) : score, breakdown };
}
