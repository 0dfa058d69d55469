// The game's entry points: create a game from a scenario and a seed, apply one decision (a pure
// reducer with immer that returns a refusal with a reason for an illegal move), and replay a log.
// The rules themselves (`applyInPlace`) mutate a state the caller owns: `step` runs them on an
// immer draft, so every state the views see is a frozen new object; headless runs (balance report,
// baseline, strategies) run them on their own copy, which is four times faster.

import { produce } from 'immer';
import type { Difficulty, Level } from './level';
import type { GameState, MediatorAction, StepResult } from './state';
import { openRng, type Draws } from './rng';
import { leverDef, type LeverAction } from './levers';
import { propose } from './propose';
import { endRound } from './end-round';
import { createGame } from './new-game';
import { leverCost, refuse } from './refuse';
import { applyDelegationAction, isDelegationAction } from './seats/levers';

export { createGame, type NewGameOptions } from './new-game';
export { leverCost, missingIssues, refuse } from './refuse';

/** Applies one decision. Illegal moves return `ok: false` with a reason and the state unchanged. */
export function step(level: Level, state: GameState, action: MediatorAction): StepResult {
  const refusal = refuse(level, state, action);
  if (refusal) return { ok: false, reason: refusal, state };
  return { ok: true, state: produce(state, (draft) => applyInPlace(level, draft, action)) };
}

/**
 * Applies a decision that `refuse` allowed, by mutating `g`, which the caller owns (a fresh copy in
 * `step`, or a headless game no one else sees).
 */
export function applyInPlace(level: Level, g: GameState, action: MediatorAction, record = true): void {
  const changes = record ? g.roundChanges : null;
  g.cues = [];
  // Only the round's end and counsel draw random numbers; every other decision leaves the
  // generator's state as it was, so it is opened and written back only for those two.
  if (action.type === 'end_round') {
    const draws = openRng(g.rng);
    endRound(level, g, draws, record);
    g.rng = draws.state();
  } else if (action.type === 'propose') {
    propose(level, g, action.proposal, changes, action.humans);
  } else if (isDelegationAction(action)) {
    // A delegation's own lever: no capital of the envoy's, not one of the envoy's levers this round.
    applyDelegationAction(level, g, action, changes);
  } else {
    const def = leverDef(action.type)!; // `refuse` let only a known lever through
    const draws = def.draws ? openRng(g.rng) : NO_DRAWS;
    (def.apply as (level: Level, g: GameState, a: LeverAction, d: Draws, c: typeof changes) => void)(level, g, action, draws, changes);
    if (draws !== NO_DRAWS) g.rng = draws.state();
    g.capital -= leverCost(g, action);
    g.usedThisRound.push(action.type);
    g.cues.push('action');
  }
  g.log.push(action);
}

/** The draw source given to levers that draw nothing: it fails loudly if one ever does. */
const NO_DRAWS: Draws = {
  next: () => {
    throw new Error('this lever draws no random numbers');
  },
  chance: () => {
    throw new Error('this lever draws no random numbers');
  },
  state: () => {
    throw new Error('this lever draws no random numbers');
  },
};

/** Replays a decision log from the seed; refused decisions are skipped, as they were in play. */
export function replay(level: Level, seed: number, difficulty: Difficulty, log: readonly MediatorAction[]): GameState {
  let state = createGame(level, { seed, difficulty });
  for (const action of log) state = step(level, state, action).state;
  return state;
}
