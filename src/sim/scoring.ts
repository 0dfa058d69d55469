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
  // Each side weighs the accord by its own numbers in this game.
  const acceptance = accord
    ? Math.min((tableUtility(level, accord, 'th', g) + homeUtility(level, accord, 'th', g)) / 2, (tableUtility(level, accord, 'kh', g) + homeUtility(level, accord, 'kh', g)) / 2)
    : 0;
  const extraDeaths = Math.max(0, baselineLives - level.world.livesLost);
  const ownDeaths = Math.max(0, g.livesLost - level.world.livesLost);
  const livesSaved = extraDeaths > 0 ? clamp((extraDeaths - ownDeaths) / extraDeaths) : ownDeaths === 0 ? 1 : 0;
  const returns = peakDisplaced > 0 ? clamp((peakDisplaced - g.displaced) / peakDisplaced) : 0;
  // The terms' hazard as if the ceasefire held: the accord's effects whatever the ceasefire's state.
  const durability = accord && reason !== 'collapse' ? clamp(1 - termsHazard(level, g, effectsOf(level, accord))) : 0;
  const credibility = clamp(g.aseanCredibility);
  // In the order of SCORE_WEIGHTS (the loops below run once per finished game of every headless
  // run, so they use plain arrays rather than building objects and closures).
  const exact = [
    SCORE_WEIGHTS.acceptance * acceptance, SCORE_WEIGHTS.livesSaved * livesSaved, SCORE_WEIGHTS.returns * returns,
    SCORE_WEIGHTS.durability * durability, SCORE_WEIGHTS.credibility * credibility,
  ];
  let sum = 0;
  for (let i = 0; i < exact.length; i++) sum += exact[i]!;
  const score = Math.round(sum);
  // Parts rounded so they add up to the score exactly (largest remainders get the spare points,
  // the earlier part first among equal remainders), so the debrief never shows parts that sum to
  // one more or less than the total.
  const whole = [0, 0, 0, 0, 0];
  let spare = score;
  for (let i = 0; i < exact.length; i++) {
    whole[i] = Math.floor(exact[i]!);
    spare -= whole[i]!;
  }
  const order = [0, 1, 2, 3, 4];
  for (let i = 1; i < order.length; i++) {
    const j0 = order[i]!;
    const r0 = exact[j0]! - whole[j0]!;
    let j = i - 1;
    while (j >= 0 && exact[order[j]!]! - whole[order[j]!]! < r0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = j0;
  }
  for (let n = 0; n < order.length && spare > 0; n++) {
    whole[order[n]!]! += 1;
    spare -= 1;
  }
  const breakdown: Outcome['breakdown'] = { acceptance: whole[0]!, livesSaved: whole[1]!, returns: whole[2]!, durability: whole[3]!, credibility: whole[4]! };
  return { kind, reason, score: kind === 'loss' ? Math.min(score, LOSS_CAP) : score, breakdown };
}
