// Utility of a package of terms for one side, at the table and at home (Putnam's two levels).
// Linear additive, as in GENIUS/ANAC: U = Σ w_j·v_j(option), with weights normalised over open issues.

import type { IssueDef, Level, SideId } from '../level';
import type { GameState, Proposal } from '../state';
import { tablesOf, toIndices, utilityOf, weightsIn } from './tables';

/** Value (0..1) one side puts on the chosen option of an issue; an issue left open counts as 0. */
export function optionValue(issue: IssueDef, optionId: string | undefined, side: SideId): number {
  if (optionId === undefined) return 0;
  const option = issue.options.find((o) => o.id === optionId);
  return option ? option.value[side] : 0;
}

/**
 * Utility at the negotiating table: with a game, by the side's own weights in that game; without,
 * by the scenario's published weights (what a mediator can work out before any answer).
 */
export function tableUtility(level: Level, proposal: Proposal, side: SideId, game: GameState | null = null): number {
  const t = tablesOf(level);
  return utilityOf(t.value[side], weightsIn(t, game, side).table, toIndices(t, proposal));
}

/** Utility for the domestic audience that must ratify the deal (weights as in `tableUtility`). */
export function homeUtility(level: Level, proposal: Proposal, side: SideId, game: GameState | null = null): number {
  const t = tablesOf(level);
  return utilityOf(t.value[side], weightsIn(t, game, side).home, toIndices(t, proposal));
}

/** Whether a package names an option for every open issue. */
export function isComplete(level: Level, proposal: Proposal): boolean {
  const t = tablesOf(level);
  for (let i = 0; i < t.issues.length; i++) {
    const id = proposal[t.issues[i]!.id];
    if (id === undefined || !t.ids[i]!.includes(id)) return false;
  }
  return true;
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
