// "What can this delegation do now?": its own levers, each aimed every way it can be (a statement
// firm or calm), with the refusal a player would get, exactly as `refuse()` (and so `step()`) answers.

import type { Level, SideId } from '../level';
import type { DelegationAction, GameState } from '../state';
import type { Msg } from '../message';
import { refuse } from '../refuse';
import { DELEGATION_LEVERS, PUBLIC_TONES, type DelegationLever } from './levers';

/** One delegation lever aimed every way it can be, with the refusal a player would get. */
export interface DelegationMove {
  type: DelegationLever;
  action: DelegationAction;
  tone?: 'firm' | 'calm';
  refusal: Msg | null;
}

/** Every delegation lever `side` could take now, open or closed (`refuse` gives the same answer). */
export function delegationMoves(level: Level, state: GameState, side: SideId): DelegationMove[] {
  const out: DelegationMove[] = [];
  for (const type of DELEGATION_LEVERS) {
    const actions: DelegationAction[] = type === 'public_statement' ? PUBLIC_TONES.map((tone) => ({ type, side, tone })) : [{ type, side } as DelegationAction];
    for (const action of actions) out.push({ type, action, ...('tone' in action ? { tone: action.tone } : {}), refusal: refuse(level, state, action) });
  }
  return out;
}
