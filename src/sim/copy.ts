// Copy-on-step: a reducer gets its own copy of the branches a decision may change, so the state
// passed in is never mutated. Measured faster than immer's proxies by the balance report (which
// plays thousands of games a second); tests freeze every input to prove nothing mutates it.

import type { GameState, SideState } from './state';

function copySide(s: SideState): SideState {
  return { ...s, opponentWeights: { ...s.opponentWeights } };
}

/** A copy of the state whose mutable branches are fresh; append-only history is copied shallowly. */
export function copyForStep(g: GameState): GameState {
  return {
    ...g,
    rng: g.rng.slice(),
    usedThisRound: g.usedThisRound.slice(),
    consulted: g.consulted.slice(),
    sides: { th: copySide(g.sides.th), kh: copySide(g.sides.kh) },
    measures: { ...g.measures },
    roundChanges: g.roundChanges.slice(),
    log: g.log.slice(),
    reports: g.reports.slice(),
    cues: [],
  };
}
