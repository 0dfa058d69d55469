// "What can the envoy do now?": every decision the rules know, each aimed every way it can be
// (a lever at each delegation, a statement with praise or blame), with its cost and, when it is
// closed, the refusal a player would get for trying it. Tabling is listed once, for a package with
// a term on every issue; which terms a draft still lacks is `missingIssues`. The views, the class
// vote and the hot-seat picker read this list instead of building trial decisions
// (boardgame.io's `ai.enumerate` is the model).

import type { Level, SideId } from './level';
import type { GameState, Proposal } from './state';
import { LEVERS, LEVER_ORDER, leverActions, type ActionFamily, type LeverAction, type LeverType } from './levers';
import { leverCost, refuse } from './refuse';
import { PROPOSE_COST } from './catalog';
import type { Msg } from './message';

/** One decision the envoy could take now, open or closed. */
export type LegalMove =
  | {
      kind: 'lever';
      type: LeverType;
      family: ActionFamily;
      /** The decision itself, ready to send (`ACT`). */
      action: LeverAction;
      /** The delegation it is aimed at, if any. */
      side?: SideId;
      tone?: 'praise' | 'blame';
      /** Capital it costs now. */
      cost: number;
      /** Why it is closed, or null when it is open. */
      refusal: Msg | null;
    }
  | {
      kind: 'propose';
      type: 'propose';
      cost: number;
      /** Why no package can be tabled now whatever its terms, or null when a complete one can. */
      refusal: Msg | null;
    }
  | { kind: 'end_round'; type: 'end_round'; cost: 0; refusal: Msg | null };

/** A package with the first term of every issue: complete, so only the other rules can refuse it. */
function anyCompletePackage(level: Level): Proposal {
  const p: Proposal = {};
  for (const i of level.issues) {
    const first = i.options[0];
    if (first) p[i.id] = first.id;
  }
  return p;
}

/**
 * Every decision in `state`, levers first in the catalogue's order (each aimed each way), then
 * tabling a package, then ending the round. `refusal` is exactly what `refuse()` (and so `step()`)
 * answers for that decision.
 */
export function legalMoves(level: Level, state: GameState): LegalMove[] {
  const moves: LegalMove[] = [];
  for (const type of LEVER_ORDER) {
    const def = LEVERS[type];
    for (const action of leverActions(def)) {
      moves.push({
        kind: 'lever', type, family: def.family, action,
        ...('side' in action ? { side: action.side } : {}),
        ...('tone' in action ? { tone: action.tone } : {}),
        cost: leverCost(state, action),
        refusal: refuse(level, state, action),
      });
    }
  }
  moves.push({ kind: 'propose', type: 'propose', cost: PROPOSE_COST, refusal: refuse(level, state, { type: 'propose', proposal: anyCompletePackage(level) }) });
  moves.push({ kind: 'end_round', type: 'end_round', cost: 0, refusal: refuse(level, state, { type: 'end_round' }) });
  return moves;
}

/** The open moves only. */
export function openMoves(level: Level, state: GameState): LegalMove[] {
  return legalMoves(level, state).filter((m) => m.refusal === null);
}
