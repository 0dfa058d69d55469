// Utility of a package of terms for one side, at the table and at home (Putnam's two levels).
// Linear additive, as in GENIUS/ANAC: U = Σ w_j·v_j(option), with weights normalised over open issues.

import type { IssueDef, IssueId, Level, SideId } from '../level';
import type { Proposal } from '../state';

/** Weights normalised so they sum to 1 over the level's open issues (missing weights count 0). */
export function normalisedWeights(level: Level, weights: Partial<Record<IssueId, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  let sum = 0;
  for (const issue of level.issues) sum += weights[issue.id] ?? 0;
  for (const issue of level.issues) out[issue.id] = sum > 0 ? (weights[issue.id] ?? 0) / sum : 1 / level.issues.length;
  return out;
}

/** Value (0..1) one side puts on the chosen option of an issue; an issue left open counts as 0. */
export function optionValue(issue: IssueDef, optionId: string | undefined, side: SideId): number {
  if (optionId === undefined) return 0;
  const option = issue.options.find((o) => o.id === optionId);
  return option ? option.value[side] : 0;
}

/** Weighted utility of a package under the given normalised weights. */
export function weightedUtility(level: Level, proposal: Proposal, side: SideId, weights: Record<string, number>): number {
  let u = 0;
  for (const issue of level.issues) u += (weights[issue.id] ?? 0) * optionValue(issue, proposal[issue.id], side);
  return u;
}

const cache = new WeakMap<Level, Record<SideId, { table: Record<string, number>; home: Record<string, number> }>>();

/** The level's normalised weights for both sides and both levels, computed once per level. */
export function levelWeights(level: Level): Record<SideId, { table: Record<string, number>; home: Record<string, number> }> {
  let w = cache.get(level);
  if (!w) {
    w = {
      th: { table: normalisedWeights(level, level.sides.th.weights), home: normalisedWeights(level, level.sides.th.domesticWeights) },
      kh: { table: normalisedWeights(level, level.sides.kh.weights), home: normalisedWeights(level, level.sides.kh.domesticWeights) },
    };
    cache.set(level, w);
  }
  return w;
}

/** Utility at the negotiating table. */
export function tableUtility(level: Level, proposal: Proposal, side: SideId): number {
  return weightedUtility(level, proposal, side, levelWeights(level)[side].table);
}

/** Utility for the domestic audience that must ratify the deal. */
export function homeUtility(level: Level, proposal: Proposal, side: SideId): number {
  return weightedUtility(level, proposal, side, levelWeights(level)[side].home);
}

/** Whether a package names an option for every open issue. */
export function isComplete(level: Level, proposal: Proposal): boolean {
  return level.issues.every((i) => i.options.some((o) => o.id === proposal[i.id]));
}

/** The package each side likes best: its top option on every issue. */
export function idealPackage(level: Level, side: SideId): Proposal {
  const p: Proposal = {};
  for (const issue of level.issues) {
    let best = issue.options[0]!;
    for (const o of issue.options) if (o.value[side] > best.value[side]) best = o;
    p[issue.id] = best.id;
  }
  return p;
}
