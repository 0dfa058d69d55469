// The AI envoy as a step-by-step policy: from any state, the one decision ASEAN's envoy takes
// next. It plays the balanced strategy (the strongest scripted one in the balance report) one
// decision at a time, so a game whose envoy is the AI can pause between decisions for a human
// delegation's answer and still play exactly as `playOut(level, start, balanced)` would.

import type { Level } from '../level';
import type { GameState, MediatorAction } from '../state';
import { balancedPlan } from '../balance/balanced';
import { refuse } from '../refuse';
import { replay } from '../game';

/**
 * The state as this round began: the plan is made then, as `playOut` makes it (a decision taken
 * this round can move what the plan would pick, e.g. which side is shuttled to). Rebuilt from the
 * seed and the decision log up to the last round's end.
 */
function roundStart(level: Level, state: GameState): GameState {
  if (state.usedThisRound.length === 0) return state;
  const lastEnd = state.log.map((a) => a.type).lastIndexOf('end_round');
  return replay(level, state.seed, state.difficulty, state.log.slice(0, lastEnd + 1));
}

/**
 * The envoy's next decision in `state`: the first decision of the balanced strategy's plan for this
 * round (made from the state as the round began) that it has not taken yet and the rules allow
 * now, or `end_round` when none is left. A package
 * ends the envoy's round (the plan tables last), so an accord signed mid-round is not followed by
 * the next round's plan. A `propose` it returns carries no `humans`: a game with a human
 * delegation adds that seat's answer before applying it. Null once the game is over.
 */
export function envoyNext(level: Level, state: GameState): MediatorAction | null {
  if (state.outcome) return null;
  if (!state.usedThisRound.includes('propose')) {
    for (const action of balancedPlan(level, roundStart(level, state))) {
      if (state.usedThisRound.includes(action.type)) continue;
      if (refuse(level, state, action) === null) return action;
    }
  }
  return { type: 'end_round' };
}
