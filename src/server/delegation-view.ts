// What the server sends a delegation's team of its table's game: the public course of the talks
// and that delegation's own numbers, never the other side's. Everything else of the game stays on
// the server (the team's page is a view of this, not of the game).

import type { SideId } from '../sim/level';
import type { Answer, GameState, SideState } from '../sim/state';
import { otherSide } from '../sim/side-effects';

/** A delegation's view of its table. */
export interface DelegationView {
  side: SideId;
  round: number;
  maxRounds: number;
  ceasefire: GameState['ceasefire'];
  intensity: number;
  livesLost: number;
  displaced: number;
  /** The package on the table and the signed accord, if any (public). */
  tabled: GameState['tabled'];
  accord: GameState['accord'];
  /** This delegation's own state: its public's pressure, its trust, its reading of the other side. */
  own: SideState;
  /** This delegation's own last answer, with its numbers. */
  ownAnswer: Answer | null;
  /** The other delegation's last verdict only (its numbers and counter stay private). */
  otherVerdict: Answer['verdict'] | null;
  /** The game's end, if it ended: its kind and round (the envoy's score is the envoy's). */
  outcome: { kind: NonNullable<GameState['outcome']>['kind']; reason: NonNullable<GameState['outcome']>['reason'] } | null;
}

/** The view of `side` in `g`. */
export function delegationView(g: GameState, side: SideId): DelegationView {
  const other = otherSide(side);
  return {
    side, round: g.round, maxRounds: g.maxRounds, ceasefire: g.ceasefire,
    intensity: g.intensity, livesLost: g.livesLost, displaced: g.displaced,
    tabled: g.tabled, accord: g.accord,
    own: g.sides[side],
    ownAnswer: g.answers.find((a) => a.side === side) ?? null,
    otherVerdict: g.answers.find((a) => a.side === other)?.verdict ?? null,
    outcome: g.outcome ? { kind: g.outcome.kind, reason: g.outcome.reason } : null,
  };
}
