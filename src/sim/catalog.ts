// The levers as the views list them: family, cost in political capital and whether a side is
// chosen, in display order. It is read from the levers' own definitions (levers.ts), so the list,
// the refusals and the reducer always agree; the levers' names and descriptions are interface text
// (common.lever.* in src/i18n/locales).

import type { ActionType } from './state';
import { LEVERS, LEVER_ORDER, type ActionFamily, type LeverType } from './levers';

export { FREE_READING_TRUST, type ActionFamily } from './levers';

/** What the player needs to know to choose a lever. */
export interface ActionInfo {
  type: LeverType | 'propose' | 'end_round';
  family: ActionFamily;
  cost: number;
  /** Whether the action targets one side (the UI asks which). */
  targeted: boolean;
}

/** Every lever except tabling a package and ending the round, in the order the UI lists them. */
export const ACTIONS: readonly ActionInfo[] = LEVER_ORDER.map((type) => {
  const def = LEVERS[type];
  return { type, family: def.family, cost: def.cost, targeted: def.targets !== 'none' };
});

/** Capital cost of tabling a package. */
export const PROPOSE_COST = 1;

/** Looks up a lever by type. */
export function actionInfo(type: ActionType): ActionInfo | undefined {
  return ACTIONS.find((a) => a.type === type);
}
