// A search-based strong player for the balance report: each round it tries a handful of plans,
// plays each forward a few times with fresh random draws (it cannot see the real future) using the
// balanced strategy, and keeps the plan with the best mean result.

import type { Level, SideId } from '../level';
import type { GameState, MediatorAction } from '../state';
import { applyInPlace, refuse } from '../game';
import { copyForStep } from '../copy';
import { seedRng } from '../rng';
import { nextPackage, type Strategy } from '../strategies';
import { relapses } from './relapse';
import { balancedPlan } from './balanced';

/** How many forward plays per plan, and the cap on rounds simulated ahead. */
export const SEARCH = { rollouts: 3, horizon: 8 } as const;

const lowerTrust = (g: GameState): SideId => (g.sides.th.trustMediator <= g.sides.kh.trustMediator ? 'th' : 'kh');

/** The plans considered this round. */
function plans(level: Level, g: GameState): MediatorAction[][] {
  const table: MediatorAction[] = g.accord ? [] : [{ type: 'propose', proposal: nextPackage(level, g) }];
  const rejecter = g.reports[g.reports.length - 1]?.answers.find((a) => a.verdict !== 'accept')?.side ?? lowerTrust(g);
  return [
    balancedPlan(level, g),
    [{ type: 'host_talks' }, { type: 'deploy_observers' }],
    [{ type: 'host_talks' }, { type: 'hotline' }, ...table],
    [{ type: 'host_talks' }, { type: 'shuttle', side: lowerTrust(g) }, ...table],
    [{ type: 'us_incentive' }, { type: 'host_talks' }, ...table],
    [{ type: 'us_tariff_threat' }, ...table],
    [{ type: 'advise', side: rejecter }, { type: 'host_talks' }, ...table],
    [{ type: 'demining_teams' }, ...table],
    [{ type: 'corridors' }, { type: 'aid_package' }],
  ];
}

/** Plays one round of a plan on a game it owns. */
function playRound(level: Level, g: GameState, plan: readonly MediatorAction[]): void {
  for (const a of plan) if (refuse(level, g, a) === null) applyInPlace(level, g, a, false);
  if (!g.outcome) applyInPlace(level, g, { type: "end_round" }, false);
}

/** A rough value of a state reached during search (an ended game by its outcome and whether its peace lasts). */
function value(level: Level, g: GameState): number {
  if (g.outcome) {
    const lasting = g.accord && relapses(level, g) ? -50 : 0;
    return 0.3 * g.outcome.score + lasting + (g.outcome.kind === 'win' ? 100 : g.outcome.kind === 'partial' ? 20 : -100);
  }
  const cease = g.ceasefire === 'holding' ? 40 : g.ceasefire === 'agreed' ? 30 : g.ceasefire === 'violated' ? 5 : 0;
  const trust = g.sides.th.trustMediator + g.sides.kh.trustMediator + g.sides.th.trustOther + g.sides.kh.trustOther;
  return cease + 10 * trust - 40 * g.intensity;
}

/** The strong player's decisions for this round. */
export const strongPlayer: Strategy = (level, g) => {
  let best: MediatorAction[] = [];
  let bestValue = -Infinity;
  plans(level, g).forEach((plan) => {
    let total = 0;
    for (let r = 0; r < SEARCH.rollouts; r++) {
      const sim = copyForStep(g);
      // The same draws for every plan (common random numbers), so plans are compared on equal luck.
      sim.rng = seedRng((g.seed * 7919 + g.round * 104729 + r * 15485863) | 0);
      playRound(level, sim, plan);
      for (let d = 1; d < SEARCH.horizon && !sim.outcome; d++) playRound(level, sim, fallback(level, sim));
      total += value(level, sim);
    }
    if (total > bestValue) {
      bestValue = total;
      best = plan;
    }
  });
  return best;
};

/** What the search assumes it will do in later rounds: the balanced strategy. */
function fallback(level: Level, g: GameState): MediatorAction[] {
  return balancedPlan(level, g);
}
