// Where a round played at a delegation's seat stands, read from the game alone. A round at a seat
// goes: the seat's own levers, then the envoy's decisions up to its package, the seat's answer to
// it, and the round's end. Saves and resume codes hold the decision log, not the screen, so a game
// restored mid-round goes on from what its log shows: the seat is asked again to answer the package
// the envoy was tabling, or sees the answers it had given, and never gets a second own turn in a
// round the envoy has begun.

import type { GameState } from '../state';
import { isDelegationAction } from './levers';

/**
 * own: the seat's own turn (nothing but its own levers since the round began); envoy: the envoy
 * has begun its part of the round (its package comes next); answered: the package has just been
 * answered (the answers show before the envoy ends the round).
 */
export type SeatRoundStage = 'own' | 'envoy' | 'answered';

/**
 * The stage of the current round of a game played at a delegation's seat. A round in which the
 * envoy's first decision is its package reads as `own` (the log cannot tell it from a round whose
 * own turn is still open).
 */
export function seatRoundStage(state: GameState): SeatRoundStage {
  const lastEnd = state.log.map((a) => a.type).lastIndexOf('end_round');
  const round = state.log.slice(lastEnd + 1);
  if (round[round.length - 1]?.type === 'propose') return 'answered';
  return round.some((a) => !isDelegationAction(a)) ? 'envoy' : 'own';
}
