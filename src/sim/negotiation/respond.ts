// How a delegation answers a tabled package: accept when it clears its target (at the next round),
// its public's ratification threshold and its public's red line in this game; otherwise counter
// with the smallest change that would, chosen to cost the other side least by its estimate; walk
// out when trust is gone.

import type { IssueId, Level, SideId } from '../level';
import type { Answer, GameState, Proposal, Reason } from '../state';
import { isComplete } from './utility';
import { readSide, type Reading } from './model';
import { RED_LINE } from './preferences';
import { fromIndices, tablesOf, toIndices, utilityOf, weightsIn, type Tables } from './tables';

const other = (side: SideId): SideId => (side === 'th' ? 'kh' : 'th');

/** Everything the search needs about one side's answer, in numbers. */
interface Ctx {
  t: Tables;
  side: SideId;
  r: Reading;
  /** This side's estimate of the other's issue weights. */
  est: number[];
  /** This side's own weights in this game, at the table and at home. */
  wTable: number[];
  wHome: number[];
  /** The issue of this side's red line (−1: none), and the least value it takes there. */
  red: number;
  redMin: number;
}

function makeCtx(level: Level, game: GameState, side: SideId, r: Reading): Ctx {
  const t = tablesOf(level);
  const w = game.sides[side].opponentWeights;
  const est: number[] = [];
  for (const i of level.issues) est.push(w[i.id] ?? 1 / level.issues.length);
  const own = weightsIn(t, game, side);
  const red = game.sides[side].prefs?.redLine ?? -1;
  const redMin = red >= 0 ? RED_LINE * t.best[side][red]! : 0;
  return { t, side, r, est, wTable: own.table, wHome: own.home, red, redMin };
}

/** How far option k of issue i falls below this side's red line (0 off the red line or above it). */
function redGap(c: Ctx, i: number, k: number): number {
  if (i !== c.red) return 0;
  return Math.max(0, c.redMin - (k >= 0 ? c.t.value[c.side][i]![k]! : 0));
}

/** Shortfall against all three conditions (target, ratification, red line) of a package p (0: acceptable). */
const shortfallOf = (c: Ctx, u: number, d: number, p: readonly number[]) =>
  Math.max(0, c.r.target - u) + Math.max(0, c.r.ratification - d) + (c.red >= 0 ? redGap(c, c.red, p[c.red]!) : 0);

/**
 * Greedy trade-off: repeatedly take the single change with the best own gain per estimated loss to
 * the other. The delegations' hottest loop: the shortfall is written out inline and every table
 * read once per issue (the same sums, in the same order, as `shortfallOf`).
 */
function counterIndices(c: Ctx, start: number[]): number[] | null {
  const { t, side, est } = c;
  const target = c.r.target;
  const ratification = c.r.ratification;
  const v = t.value[side];
  const vo = t.value[other(side)];
  const wTable = c.wTable;
  const wHome = c.wHome;
  const p = start.slice();
  let u = utilityOf(v, wTable, p);
  let d = utilityOf(v, wHome, p);
  const red = c.red;
  for (let step = 0; step < p.length * 3; step++) {
    const redBefore = red >= 0 ? redGap(c, red, p[red]!) : 0;
    const before = Math.max(0, target - u) + Math.max(0, ratification - d) + redBefore;
    if (before <= 0) return p;
    let bestI = -1;
    let bestK = -1;
    let bestScore = -Infinity;
    let bestDu = 0;
    let bestDd = 0;
    for (let i = 0; i < p.length; i++) {
      const cur = p[i]!;
      const vi = v[i]!;
      const voi = vo[i]!;
      const wt = wTable[i]!;
      const wh = wHome[i]!;
      const e = est[i]!;
      const own = cur >= 0 ? vi[cur]! : 0;
      const theirs = cur >= 0 ? voi[cur]! : 0;
      for (let k = 0; k < vi.length; k++) {
        if (k === cur) continue;
        const delta = vi[k]! - own;
        const du = wt * delta;
        const dd = wh * delta;
        const redAfter = i === red ? redGap(c, i, k) : redBefore;
        const gain = before - (Math.max(0, target - (u + du)) + Math.max(0, ratification - (d + dd)) + redAfter);
        if (gain <= 1e-9) continue;
        const loss = Math.max(0, e * (theirs - voi[k]!));
        const score = gain / (loss + 0.02);
        if (score > bestScore + 1e-12) {
          bestScore = score;
          bestI = i;
          bestK = k;
          bestDu = du;
          bestDd = dd;
        }
      }
    }
    if (bestI < 0) return null;
    p[bestI] = bestK;
    u += bestDu;
    d += bestDd;
  }
  return shortfallOf(c, u, d, p) <= 0 ? p : null;
}

/** Greedy trade-off counter-offer as a package, or null when no package this side could accept is near. */
export function counterOffer(level: Level, game: GameState, side: SideId, start: Proposal, r: Reading): Proposal | null {
  const c = makeCtx(level, game, side, r);
  const idx = counterIndices(c, toIndices(c.t, start));
  return idx ? fromIndices(c.t, idx) : null;
}

/** The issue whose term costs this side most against its best option, by table or home weights. */
function costliestIssue(c: Ctx, p: number[], home: boolean): number {
  const w = home ? c.wHome : c.wTable;
  let worst = 0;
  let worstCost = -1;
  for (let i = 0; i < p.length; i++) {
    const k = p[i]!;
    const cost = w[i]! * (c.t.best[c.side][i]! - (k >= 0 ? c.t.value[c.side][i]![k]! : 0));
    if (cost > worstCost + 1e-12) {
      worstCost = cost;
      worst = i;
    }
  }
  return worst;
}

/** An option of issue i that alone would make the package pass, costing the other side least. */
function passingOption(c: Ctx, p: number[], i: number): number {
  // p is restored before returning: each option is tried in place.
  const v = c.t.value[c.side];
  const vo = c.t.value[other(c.side)];
  const u = utilityOf(v, c.wTable, p);
  const d = utilityOf(v, c.wHome, p);
  const cur = p[i]!;
  const own = cur >= 0 ? v[i]![cur]! : 0;
  let best = -1;
  let bestLoss = Infinity;
  for (let k = 0; k < v[i]!.length; k++) {
    if (k === cur) continue;
    const delta = v[i]![k]! - own;
    p[i] = k;
    const short = shortfallOf(c, u + c.wTable[i]! * delta, d + c.wHome[i]! * delta, p);
    p[i] = cur;
    if (short > 0) continue;
    const loss = c.est[i]! * ((cur >= 0 ? vo[i]![cur]! : 0) - vo[i]![k]!);
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      best = k;
    }
  }
  return best;
}

/** The numbers behind an answer (the fields every kind of answer reports, in one order). */
function reasonOf(kind: Reason['kind'], utility: number, r: Reading, domestic: number, pressure: number, incidents: number): Reason {
  return { kind, utility, target: r.target, domestic, ratification: r.ratification, pressure, incidents };
}

/** A delegation's answer to a package, with the numbers that decided it. */
export function respond(level: Level, game: GameState, side: SideId, proposal: Proposal, incidents: number): Answer {
  const s = game.sides[side];
  const r = readSide(level, game, side);
  const c = makeCtx(level, game, side, r);
  const idx = toIndices(c.t, proposal);
  const utility = utilityOf(c.t.value[side], c.wTable, idx);
  const domestic = utilityOf(c.t.value[side], c.wHome, idx);
  if (s.walkedOut || s.trustMediator < level.sides[side].walkout) {
    return { side, verdict: 'walkout', reason: reasonOf('walkout', utility, r, domestic, s.pressure, incidents) };
  }
  if (!isComplete(level, proposal)) {
    return { side, verdict: 'reject', reason: reasonOf('incomplete', utility, r, domestic, s.pressure, incidents) };
  }
  const crossed = c.red >= 0 && redGap(c, c.red, idx[c.red]!) > 0;
  if (utility >= r.target && domestic >= r.ratification && !crossed) {
    return { side, verdict: 'accept', reason: reasonOf('accepts', utility, r, domestic, s.pressure, incidents) };
  }
  // A red line crossed is what its public minds most, and what the answer names.
  const home = crossed || utility >= r.target;
  const i = crossed ? c.red : costliestIssue(c, idx, home);
  const issue: IssueId = level.issues[i]!.id;
  const pass = passingOption(c, idx, i);
  const reason = reasonOf(home ? 'cannot_ratify' : 'below_target', utility, r, domestic, s.pressure, incidents);
  reason.issue = issue;
  reason.option = proposal[issue];
  if (crossed) reason.redLine = true;
  if (pass >= 0) reason.wouldPass = c.t.ids[i]![pass];
  const counter = counterIndices(c, idx);
  return counter ? { side, verdict: 'counter', reason, counter: fromIndices(c.t, counter) } : { side, verdict: 'reject', reason };
}
