// What the mediator has learnt of the delegations' private numbers in this game: a red line is known
// once the delegation has been consulted (its reading names it) or has answered a package by naming
// it. The search plans with what is known here and imagines the rest.

import type { Level, SideId } from '../level';
import type { Answer, GameState } from '../state';

/** The issue index of each side's red line as far as the mediator knows it (−1: not known, or none). */
export function knownRedLines(level: Level, g: GameState): Record<SideId, number> {
  const known: Record<SideId, number> = { th: -1, kh: -1 };
  for (const a of g.log) {
    if (a.type === 'consult') known[a.side] = g.sides[a.side].prefs?.redLine ?? -1;
  }
  const heard = (answers: readonly Answer[]) => {
    for (const a of answers) {
      if (!a.reason.redLine || !a.reason.issue) continue;
      known[a.side] = level.issues.findIndex((i) => i.id === a.reason.issue);
    }
  };
  for (const r of g.reports) heard(r.answers);
  heard(g.answers);
  return known;
}
