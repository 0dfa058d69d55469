// The balanced mediator: talks and observers first, a private US incentive, packages that follow
// the counter-offers, then demining and aid to make the accord hold. Its own file because both the
// strategy table and the search player (as its default plan) use it.

import type { Level, SideId } from '../level';
import type { GameState, MediatorAction } from '../state';
import { nextPackage } from '../strategies';

const lowerTrust = (g: GameState): SideId => (g.sides.th.trustMediator <= g.sides.kh.trustMediator ? 'th' : 'kh');

/** This round's decisions of the balanced strategy. */
export function balancedPlan(level: Level, g: GameState): MediatorAction[] {
  if (g.round === 1) return [{ type: 'host_talks' }, { type: 'deploy_observers' }];
  if (g.accord) return [{ type: 'demining_teams' }, { type: 'aid_package' }];
  return [
    { type: 'host_talks' },
    g.round === 2 ? { type: 'us_incentive' } : { type: 'shuttle', side: lowerTrust(g) },
    { type: 'propose', proposal: nextPackage(level, g) },
  ];
}
