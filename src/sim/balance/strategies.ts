// The mediator strategies the balance report compares (issue: "which strategies work and why").
// Each uses one family of levers, so the report can show what each family buys and costs.

import type { GameState, MediatorAction } from '../state';
import type { Level, SideId } from '../level';
import { nextPackage, passive, type Strategy } from '../strategies';
import { balancedPlan } from './balanced';

const lowerTrust = (g: GameState): SideId => (g.sides.th.trustMediator <= g.sides.kh.trustMediator ? 'th' : 'kh');
const propose = (level: Level, g: GameState): MediatorAction[] => (g.accord ? [] : [{ type: 'propose', proposal: nextPackage(level, g) }]);

/** US pressure and packages only: the fast, fragile path. */
export const pressureOnly: Strategy = (level, g) => [
  { type: 'us_tariff_threat' },
  ...propose(level, g),
];

/** Talks, shuttles, a hotline and packages; no leverage, no verification on the ground. */
export const facilitationOnly: Strategy = (level, g) => [
  { type: 'host_talks' },
  g.round === 1 ? { type: 'hotline' } : { type: 'shuttle', side: lowerTrust(g) },
  ...(g.round >= 2 ? propose(level, g) : []),
];

/** Observers, demining and corridors first; packages once compliance can be seen. */
export const verificationFirst: Strategy = (level, g) => {
  const acts: MediatorAction[] = [];
  if (!g.measures.observers) acts.push({ type: 'deploy_observers' });
  else if (!g.measures.deminingTeams) acts.push({ type: 'demining_teams' });
  else if (!g.measures.corridors) acts.push({ type: 'corridors' });
  if (g.round >= 3) acts.push(...propose(level, g));
  return acts;
};

/** A mix: talks and observers first, a private incentive, packages that follow the counters, verification after. */
export const balanced: Strategy = balancedPlan;

/** Every strategy of the report, by the name it prints. */
export const STRATEGIES: Record<string, Strategy> = {
  passive,
  'pressure only': pressureOnly,
  'facilitation only': facilitationOnly,
  'verification first': verificationFirst,
  balanced,
};
