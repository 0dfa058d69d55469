// How the search plays a game forward in its head once it leaves its tree: a scripted mediator's
// levers (the balanced one unless told otherwise), tabling the model's package when both sides would
// sign it and the mediator's own package otherwise. Also what an ended game is worth to the search,
// and the package it may table after an advice whose outcome it cannot yet know.

import type { Level } from '../level';
import type { GameState, MediatorAction, Proposal } from '../state';
import { applyInPlace, refuse } from '../game';
import { balancedPlan } from '../balance/balanced';
import type { Strategy } from '../strategies';
import { nudge } from '../side-effects';
import { copyForStep } from '../copy';
import { modelPackage } from './packages';

/** Worth of an ended game: a win counts 1, a ceasefire still standing at the deadline a little. */
export function reward(g: GameState): number {
  const o = g.outcome;
  if (!o) return 0;
  return o.kind === 'win' ? 1 : o.kind === 'partial' ? 0.1 : 0;
}

/**
 * The state as the mediator knows it before hearing how its advice was taken this round: every
 * advice counted as dismissed. Dismissed advice leaves a side's target higher than believed advice,
 * so a package both sides would sign in this view is signed whatever the advice's fate.
 */
export function beforeAdviceHeard(g: GameState): GameState {
  if (!g.sides.th.adviceBelieved && !g.sides.kh.adviceBelieved) return g;
  const view = copyForStep(g);
  for (const side of ['th', 'kh'] as const) {
    if (!view.sides[side].adviceBelieved) continue;
    view.sides[side].adviceBelieved = false;
    nudge(view, side, 'trustMediator', -0.02);
  }
  return view;
}

/** Applies the decisions that are legal now, in order, on a game the caller owns. */
export function applyLegal(level: Level, g: GameState, actions: readonly MediatorAction[]): void {
  for (const a of actions) if (refuse(level, g, a) === null) applyInPlace(level, g, a, false);
}

/** Ends the round on a game the caller owns, unless the game is over. */
export function endDay(level: Level, g: GameState): void {
  if (!g.outcome) applyInPlace(level, g, { type: 'end_round' }, false);
}

/**
 * Plays a rollout policy (the balanced mediator unless told otherwise) to the end, finishing the
 * current round first, on a game the caller owns. When the policy tables a package, the model's
 * package takes its place if both sides would sign it.
 */
export function playToEnd(level: Level, g: GameState, policy: Strategy = balancedPlan): void {
  for (let guard = 0; guard < 100 && !g.outcome; guard++) {
    const plan = policy(level, g);
    // The package depends on the levers taken first; it is chosen after them.
    const levers = plan.filter((a) => a.type !== 'propose');
    applyLegal(level, g, levers);
    const tabled = plan.find((a) => a.type === 'propose');
    if (tabled?.type === 'propose') applyLegal(level, g, [{ type: 'propose', proposal: rolloutPackage(level, g, tabled.proposal) }]);
    endDay(level, g);
  }
}

/** The rollout's package: the model's when both sides would sign it, else the policy's own. */
export function rolloutPackage(level: Level, g: GameState, own: Proposal): Proposal {
  const m = modelPackage(level, beforeAdviceHeard(g));
  return m.signs ? m.proposal : own;
}
