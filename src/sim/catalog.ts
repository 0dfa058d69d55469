// The mediator's levers as data: family, cost in political capital and whether a side is chosen.
// The reducers read costs from here and the UI reads them too, so both always agree; the levers'
// names and descriptions are interface text (common.lever.* in src/i18n/locales).

import type { ActionType } from './state';

/** The action families of GAME.md ("The mediator's levers"). */
export type ActionFamily = 'facilitation' | 'formulation' | 'leverage' | 'verification' | 'public';

/** What the player needs to know to choose a lever. */
export interface ActionInfo {
  type: ActionType;
  family: ActionFamily;
  cost: number;
  /** Whether the action targets one side (the UI asks which). */
  targeted: boolean;
}

/** Every lever except tabling a package and ending the round, in the order the UI lists them. */
export const ACTIONS: readonly ActionInfo[] = [
  { type: 'host_talks', family: 'facilitation',  cost: 1, targeted: false },
  { type: 'shuttle', family: 'facilitation',  cost: 1, targeted: true },
  { type: 'hotline', family: 'facilitation',  cost: 1, targeted: false },
  { type: 'ask_priorities', family: 'formulation',  cost: 1, targeted: false },
  { type: 'consult', family: 'formulation',  cost: 1, targeted: true },
  { type: 'advise', family: 'formulation',  cost: 1, targeted: true },
  { type: 'us_tariff_threat', family: 'leverage',  cost: 1, targeted: false },
  { type: 'us_incentive', family: 'leverage',  cost: 1, targeted: false },
  { type: 'aid_package', family: 'leverage',  cost: 2, targeted: false },
  { type: 'deploy_observers', family: 'verification',  cost: 2, targeted: false },
  { type: 'demining_teams', family: 'verification',  cost: 2, targeted: false },
  { type: 'corridors', family: 'verification',  cost: 1, targeted: false },
  { type: 'statement', family: 'public',  cost: 1, targeted: true },
];

/** Capital cost of tabling a package. */
export const PROPOSE_COST = 1;

/** Trust in the mediator at which a delegation shares its reading for free. */
export const FREE_READING_TRUST = 0.7;

/** Looks up a lever by type. */
export function actionInfo(type: ActionType): ActionInfo | undefined {
  return ACTIONS.find((a) => a.type === type);
}
