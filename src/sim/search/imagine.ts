// The delegations as the search imagines them. Their private numbers are not the mediator's to see,
// so each iteration of the search draws them anew from the band the game draws from, keeping what
// the delegations have revealed: a red line they named or told on consultation, and the worth they
// said each tabled package had to them (an answer gives its utility at the table and at home, and
// the bar its public set). Of a few draws, the one that best fits those answers is taken.

import type { Level, SideId } from '../level';
import type { Answer, GameState, Preferences, Proposal } from '../state';
import { drawPreferences } from '../negotiation/preferences';
import { knownRedLines } from '../negotiation/revealed';
import { MODEL } from '../negotiation/model';
import { tablesOf, toIndices, utilityOf } from '../negotiation/tables';

/** Draws per side per iteration, of which the best fitting is kept. */
export const DRAWS = 6;

/** What one answer told of a side: the package and the worths it named. */
interface Told {
  idx: number[];
  utility: number;
  domestic: number;
}

/** Every answer the mediator has heard, by side (this round's too). */
function heard(level: Level, g: GameState): Record<SideId, Told[]> {
  const t = tablesOf(level);
  const out: Record<SideId, Told[]> = { th: [], kh: [] };
  const add = (tabled: Proposal | null | undefined, answers: readonly Answer[]) => {
    if (!tabled) return;
    const idx = toIndices(t, tabled);
    if (idx.some((k) => k < 0)) return;
    for (const a of answers) {
      if (a.reason.kind === 'incomplete' || a.reason.kind === 'walkout') continue;
      out[a.side].push({ idx, utility: a.reason.utility, domestic: a.reason.domestic });
    }
  };
  for (const r of g.reports) add(r.tabled, r.answers);
  add(g.tabled, g.answers);
  return out;
}

/** The latest ratification bar a side named, taken back to its base (W = W0 + kW·pressure). */
function toldBar(g: GameState, side: SideId): number | null {
  const answers = [...g.reports.flatMap((r) => r.answers), ...g.answers];
  for (let i = answers.length - 1; i >= 0; i--) {
    const a = answers[i]!;
    if (a.side !== side || a.reason.kind === 'incomplete' || a.reason.kind === 'walkout') continue;
    const bar = a.reason.ratification;
    if (bar > 0 && bar < 1) return bar - MODEL.kW * a.reason.pressure;
  }
  return null;
}

/** Squared misfit of imagined numbers to what a side has told. */
function misfit(level: Level, side: SideId, p: Preferences, told: readonly Told[]): number {
  const v = tablesOf(level).value[side];
  let e = 0;
  for (const x of told) {
    const du = utilityOf(v, p.weights, x.idx) - x.utility;
    const dd = utilityOf(v, p.home, x.idx) - x.domestic;
    e += du * du + dd * dd;
  }
  return e;
}

/**
 * Puts imagined private numbers in place of the delegations' own on a copy the search owns, so its
 * rollouts never answer with what the real delegations privately want. `key` is the search's own.
 */
export function imagineDelegations(level: Level, sim: GameState, key: number): void {
  const known = knownRedLines(level, sim);
  const told = heard(level, sim);
  const chosen = {} as Record<SideId, Preferences>;
  for (const side of ['th', 'kh'] as const) {
    let best: Preferences | null = null;
    let bestMisfit = Infinity;
    for (let k = 0; k < (told[side].length ? DRAWS : 1); k++) {
      const p = drawPreferences(level, side, Math.imul(key, 31) + k);
      const e = misfit(level, side, p, told[side]);
      if (e < bestMisfit) {
        bestMisfit = e;
        best = p;
      }
    }
    const bar = toldBar(sim, side);
    chosen[side] = bar === null ? best! : { ...best!, w0: bar };
  }
  // Red lines: a known one is kept; an imagined one never sits on the other side's issue.
  for (const side of ['th', 'kh'] as const) if (known[side] >= 0) chosen[side] = { ...chosen[side], redLine: known[side] };
  if (chosen.th.redLine >= 0 && chosen.th.redLine === chosen.kh.redLine) {
    const move: SideId = known.th >= 0 ? 'kh' : 'th';
    chosen[move] = { ...chosen[move], redLine: -1 };
  }
  sim.sides.th.prefs = chosen.th;
  sim.sides.kh.prefs = chosen.kh;
}
