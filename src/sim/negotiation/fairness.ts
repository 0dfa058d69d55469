// How fair and efficient an accord is, in the terms of Nash's bargaining solution: every package
// of the scenario is weighed by both sides; the Nash point maximises the product of both sides'
// gains over walking away, and the Pareto frontier holds the packages no other beats for both.

import type { IssueId, Level } from '../level';
import type { Proposal } from '../state';
import { distanceToFrontier, nashSolution, type Outcome2 } from './theory';
import { fromIndices, tablesOf, toIndices, utilityOf } from './tables';
import { hypot } from '../portable-math';

/** Most packages enumerated; larger scenarios are not analysed. */
export const MAX_PACKAGES = 250_000;

/** What the debrief says about an accord. */
export interface Fairness {
  accord: Outcome2;
  /** Walking away: each side's base reservation value. */
  disagreement: Outcome2;
  nash: { proposal: Proposal; value: Outcome2 } | null;
  /** Issues on which the accord differs from the Nash point. */
  differsOn: IssueId[];
  distanceToNash: number;
  /** 0 when no package is better for both sides. */
  distanceToFrontier: number;
  packages: number;
}

/** Analyses an accord against every package of the level; null when there are too many to weigh. */
export function accordFairness(level: Level, accord: Proposal): Fairness | null {
  const t = tablesOf(level);
  const counts = t.ids.map((ids) => ids.length);
  const total = counts.reduce((a, b) => a * b, 1);
  if (total > MAX_PACKAGES) return null;
  const outcomes: Outcome2[] = [];
  const packages: number[][] = [];
  const idx = counts.map(() => 0);
  for (let n = 0; n < total; n++) {
    outcomes.push({ a: utilityOf(t.value.th, t.table.th, idx), b: utilityOf(t.value.kh, t.table.kh, idx) });
    packages.push(idx.slice());
    for (let i = idx.length - 1; i >= 0; i--) {
      if (++idx[i]! < counts[i]!) break;
      idx[i] = 0;
    }
  }
  const disagreement = { a: level.sides.th.rv0, b: level.sides.kh.rv0 };
  const mine = toIndices(t, accord);
  const value = { a: utilityOf(t.value.th, t.table.th, mine), b: utilityOf(t.value.kh, t.table.kh, mine) };
  const result = nashSolution(outcomes, disagreement);
  const nash = result.index >= 0 ? { proposal: fromIndices(t, packages[result.index]!), value: outcomes[result.index]! } : null;
  return {
    accord: value,
    disagreement,
    nash,
    differsOn: nash ? level.issues.filter((i) => nash.proposal[i.id] !== accord[i.id]).map((i) => i.id) : [],
    distanceToNash: nash ? hypot(nash.value.a - value.a, nash.value.b - value.b) : 0,
    distanceToFrontier: distanceToFrontier(value, outcomes),
    packages: total,
  };
}
