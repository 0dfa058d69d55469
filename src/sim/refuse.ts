// Whether a decision is legal now, and what it costs: the one place the rules say no. `step`
// refuses with it, and `legalMoves` lists every decision with its answer.

import { SIDES, type IssueId, type Level } from './level';
import type { GameState, MediatorAction, Proposal } from './state';
import { PROPOSE_COST } from './catalog';
import { leverDef, type LeverAction, type LeverType } from './levers';
import { msg, type Msg } from './message';
import { shapeRefusal } from './action-shape';
import { delegationRefusal, isDelegationAction } from './seats/levers';

/**
 * The issues a package leaves without a term of the scenario (no option, or an option the issue
 * does not have), in the scenario's order. A package can be tabled only when this is empty.
 */
export function missingIssues(level: Level, proposal: Proposal): IssueId[] {
  const out: IssueId[] = [];
  for (const i of level.issues) {
    const chosen = proposal[i.id];
    if (chosen === undefined || !i.options.some((o) => o.id === chosen)) out.push(i.id);
  }
  return out;
}

/** Why a decision is malformed (see `shapeRefusal`) or illegal now, or null when it is allowed. */
export function refuse(level: Level, state: GameState, action: MediatorAction): Msg | null {
  if (state.outcome) return msg('sim.refuse.over');
  const shape = shapeRefusal(level, action);
  if (shape) return shape;
  if (action.type === 'end_round') return null;
  if (isDelegationAction(action)) return delegationRefusal(state, action);
  const lock = lockedOut(level, state, action.type);
  if (lock) return lock;
  if (state.tabled) return msg('sim.refuse.answered');
  if (action.type === 'propose') {
    if (state.accord) return msg('sim.refuse.accordSigned');
    if (state.capital < PROPOSE_COST) return msg('sim.refuse.noCapitalToTable');
    const missing = missingIssues(level, action.proposal);
    return missing.length > 0 ? msg('sim.refuse.missingTerms', { issues: missing.join(',') }) : null;
  }
  const def = leverDef(action.type);
  if (!def) return msg('sim.refuse.unknownAction');
  const again = def.repeat
    ? def.repeat(state, action as never)
    : state.usedThisRound.includes(action.type) ? msg('sim.refuse.alreadyUsed', { lever: action.type }) : null;
  if (again) return again;
  const cost = def.price ? def.price(state, action as never) : def.cost;
  if (state.capital < cost) return msg('sim.refuse.tooCostly', { lever: action.type, cost, capital: state.capital });
  if ('side' in action && !SIDES.includes(action.side)) return msg('sim.refuse.chooseSide');
  return def.precondition ? def.precondition(state) : null;
}

/** Political capital a decision costs now (a delegation that trusts you shares its reading for free). */
export function leverCost(state: GameState, action: MediatorAction): number {
  if (action.type === 'end_round' || isDelegationAction(action)) return 0;
  if (action.type === 'propose') return PROPOSE_COST;
  const def = leverDef(action.type);
  if (!def) return 1;
  return def.price ? def.price(state, action as never) : def.cost;
}

/** Why a lever (or tabling) is not offered in this scenario or not yet unlocked, or null. */
function lockedOut(level: Level, state: GameState, type: LeverType | 'propose'): Msg | null {
  if (level.levers && !level.levers.includes(type)) return msg('sim.refuse.notInScenario', { lever: type });
  const from = level.unlocks?.[type];
  if (from !== undefined && state.round < from) return msg('sim.refuse.availableFrom', { lever: type, round: from });
  return null;
}

/** Whether the scenario offers a lever or tabling at all (all are offered when it lists none). */
export function offered(level: Level, type: LeverType | 'propose'): boolean {
  return !level.levers || level.levers.includes(type);
}

export type { LeverAction };
