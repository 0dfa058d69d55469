// The mediator's levers as data: family, cost in political capital and a one-line description.
// The reducers read costs from here and the UI reads labels, so both always agree.

import type { ActionType } from './state';

/** The action families of GAME.md ("The mediator's levers"). */
export type ActionFamily = 'facilitation' | 'formulation' | 'leverage' | 'verification' | 'public';

/** What the player needs to know to choose a lever. */
export interface ActionInfo {
  type: ActionType;
  family: ActionFamily;
  label: string;
  cost: number;
  /** Whether the action targets one side (the UI asks which). */
  targeted: boolean;
  description: string;
}

/** Every lever except tabling a package and ending the round, in the order the UI lists them. */
export const ACTIONS: readonly ActionInfo[] = [
  { type: 'host_talks', family: 'facilitation', label: 'Host talks', cost: 1, targeted: false,
    description: 'Bring both delegations to one table. Builds trust in you and cools the front a little; slow. Trust between the sides grows only where observers can verify compliance.' },
  { type: 'shuttle', family: 'facilitation', label: 'Shuttle to a capital', cost: 1, targeted: true,
    description: 'Listen to one side in private. Raises its trust in you and eases its domestic pressure a little.' },
  { type: 'hotline', family: 'facilitation', label: 'Open a military hotline', cost: 1, targeted: false,
    description: 'Commanders can call each other before a spark becomes a battle: fewer incidents from now on.' },
  { type: 'ask_priorities', family: 'formulation', label: 'Ask for priorities', cost: 1, targeted: false,
    description: 'Each side tells you which issues matter most to it. Shown beside the proposal builder.' },
  { type: 'consult', family: 'formulation', label: 'Ask for a delegation\u2019s reading', cost: 1, targeted: true,
    description: 'Hear how one side reads the situation: how ready it is, what it needs, what it fears. Free when it trusts you (70% or more).' },
  { type: 'advise', family: 'formulation', label: 'Counsel restraint', cost: 1, targeted: true,
    description: 'Tell one side the other is resolved. Believed only if that side trusts you and thinks you are fair to it.' },
  { type: 'us_tariff_threat', family: 'leverage', label: 'Ask the US for a public tariff threat', cost: 1, targeted: false,
    description: 'Fast pressure on both sides. Angers their publics, and deals it buys are fragile once it lapses.' },
  { type: 'us_incentive', family: 'leverage', label: 'Ask the US for a private trade incentive', cost: 1, targeted: false,
    description: 'Quiet pressure: weaker than a threat, but no public backlash.' },
  { type: 'aid_package', family: 'leverage', label: 'Offer an ASEAN aid package', cost: 2, targeted: false,
    description: 'Relief for displaced families on both sides: eases pain and pressure, raises ASEAN credibility.' },
  { type: 'deploy_observers', family: 'verification', label: 'Deploy interim observers', cost: 2, targeted: false,
    description: 'Defence attachés watch the line. Compliance becomes visible, so trust can grow; fewer incidents.' },
  { type: 'demining_teams', family: 'verification', label: 'Send humanitarian demining teams', cost: 2, targeted: false,
    description: 'Clear mines along patrol routes. Slow, but every mine cleared lowers the risk for good.' },
  { type: 'corridors', family: 'verification', label: 'Open humanitarian corridors', cost: 1, targeted: false,
    description: 'Safe routes and aid convoys for displaced civilians; some can return when guns are quiet.' },
  { type: 'statement', family: 'public', label: 'Make a public statement', cost: 1, targeted: true,
    description: 'Praise or blame one side in public. Moves how fair each side thinks you are.' },
];

/** Capital cost of tabling a package. */
export const PROPOSE_COST = 1;

/** Trust in the mediator at which a delegation shares its reading for free. */
export const FREE_READING_TRUST = 0.7;

/** Looks up a lever by type. */
export function actionInfo(type: ActionType): ActionInfo | undefined {
  return ACTIONS.find((a) => a.type === type);
}
