// A delegation's reading of the situation, as the mediator hears it when it asks: how ready the
// side is, what it needs (its weightiest issues and the terms it wants), and what it fears. Built
// from the same numbers that decide its answers, so what it says is what it does. Its private
// numbers for this game (its own weights, its red line) show here: asking is how a mediator learns them.

import type { IssueId, Level, SideId } from '../level';
import type { GameState } from '../state';
import { readSide } from './model';
import { tablesOf, weightsIn } from './tables';
import { RED_LINE } from './preferences';

/** What a delegation may fear, each from a number in its state. */
export type Fear = 'public' | 'losing-ground' | 'mines' | 'strikes' | 'backlash' | 'bad-faith' | 'biased-mediator';

/** The reading shown to the mediator. */
export interface DelegationReading {
  side: SideId;
  readiness: number;
  /** The least it would take now (its reservation value) and what it aims for this round. */
  reservation: number;
  target: number;
  ratification: number;
  needs: { issue: IssueId; option: string; weight: number }[];
  /** The issue of its public's red line in this game (null: none), and the least term it takes there. */
  redLine: { issue: IssueId; options: string[] } | null;
  fears: Fear[];
}

/** The side's reading at the current round. */
export function delegationReading(level: Level, game: GameState, side: SideId): DelegationReading {
  const r = readSide(level, game, side);
  const t = tablesOf(level);
  const s = game.sides[side];
  const w = weightsIn(t, game, side).table;
  const needs = level.issues
    .map((issue, i) => {
      const vals = t.value[side][i]!;
      const best = vals.indexOf(Math.max(...vals));
      return { issue: issue.id, option: t.ids[i]![best]!, weight: w[i]! };
    })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3);
  const suffered = game.reports.flatMap((rep) => rep.incidents.filter((inc) => inc.victim === side));
  const fears: Fear[] = [];
  if (s.pressure >= 0.7) fears.push('public');
  if (s.edge <= -0.15) fears.push('losing-ground');
  if (suffered.some((i) => i.kind === 'landmine')) fears.push('mines');
  if (suffered.some((i) => i.kind === 'airstrike' || i.kind === 'rockets')) fears.push('strikes');
  if (game.leveragePublic && s.leverage > 0) fears.push('backlash');
  if (s.trustOther < 0.3) fears.push('bad-faith');
  if (s.bias <= -0.2) fears.push('biased-mediator');
  const red = s.prefs?.redLine ?? -1;
  const redLine = red >= 0
    ? { issue: level.issues[red]!.id, options: t.ids[red]!.filter((_, k) => t.value[side][red]![k]! >= RED_LINE * t.best[side][red]!) }
    : null;
  return { side, readiness: r.readiness, reservation: r.rv, target: r.target, ratification: r.ratification, needs, redLine, fears };
}
