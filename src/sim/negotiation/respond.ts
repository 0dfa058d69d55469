// How a delegation answers a tabled package: accept when it clears both its target (at the next
// round) and its public's ratification threshold; otherwise counter with the smallest change that
// would, chosen to cost the other side least by its estimate; walk out when trust is gone.

import type { IssueId, Level, SideId } from '../level';
import type { Answer, GameState, Proposal, Reason } from '../state';
import { isComplete } from './utility';
import { readSide, type Reading } from './model';
import { fromIndices, tablesOf, toIndices, utilityOf, type Tables } from './tables';

const other = (side: SideId): SideId => (side === 'th' ? 'kh' : 'th');

/** Everything the search needs about one side's answer, in numbers. */
interface Ctx {
  t: Tables;
  side: SideId;
  r: Reading;
  /** This side's estimate of the other's issue weights. */
  est: number[];
}

function makeCtx(level: Level, game: GameState, side: SideId, r: Reading): Ctx {
  const t = tablesOf(level);
  const w = game.sides[side].opponentWeights;
  const est: number[] = [];
  for (const i of level.issues) est.push(w[i.id] ?? 1 / level.issues.length);
  return { t, side, r, est };
}

/** Shortfall against both conditions, from table and home utilities (0 means acceptable). */
const shortfallOf = (c: Ctx, u: number, d: number) => Math.max(0, c.r.target - u) + Math.max(0, c.r.ratification - d);

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
  const wTable = t.table[side];
  const wHome = t.home[side];
  const p = start.slice();
  let u = utilityOf(v, wTable, p);
  let d = utilityOf(v, wHome, p);
  for (let step = 0; step < p.length * 3; step++) {
    const before = Math.max(0, target - u) + Math.max(0, ratification - d);
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
        const gain = before - (Math.max(0, target - (u + du)) + Math.max(0, ratification - (d + dd)));
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
  return shortfallOf(c, u, d) <= 0 ? p : null;
}

/** Greedy trade-off counter-offer as a package, or null when no package this side could accept is near. */
export function counterOffer(level: Level, game: GameState, side: SideId, start: Proposal, r: Reading): Proposal | null {
  const c = makeCtx(level, game, side, r);
  const idx = counterIndices(c, toIndices(c.t, start));
  return idx ? fromIndices(c.t, idx) : null;
}

/** The issue whose term costs this side most against its best option, by table or home weights. */
function costliestIssue(c: Ctx, p: number[], home: boolean): number {
  const w = (home ? c.t.home : c.t.table)[c.side];
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
  const v = c.t.value[c.side];
  const vo = c.t.value[other(c.side)];
  const u = utilityOf(v, c.t.table[c.side], p);
  const d = utilityOf(v, c.t.home[c.side], p);
  const cur = p[i]!;
  const own = cur >= 0 ? v[i]![cur]! : 0;
  let best = -1;
  let bestLoss = Infinity;
  for (let k = 0; k < v[i]!.length; k++) {
    if (k === cur) continue;
    const delta = v[i]![k]! - own;
    if (shortfallOf(c, u + c.t.table[c.side][i]! * delta, d + c.t.home[c.side][i]! * delta) > 0) continue;
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
  const utility = utilityOf(c.t.value[side], c.t.table[side], idx);
  const domestic = utilityOf(c.t.value[side], c.t.home[side], idx);
  if (s.walkedOut || s.trustMediator < level.sides[side].walkout) {
    return { side, verdict: 'walkout', reason: reasonOf('walkout', utility, r, domestic, s.pressure, incidents) };
  }
  if (!isComplete(level, proposal)) {
    return { side, verdict: 'reject', reason: reasonOf('incomplete', utility, r, domestic, s.pressure, incidents) };
  }
  if (utility >= r.target && domestic >= r.ratification) {
    return { side, verdict: 'accept', reason: reasonOf('accepts', utility, r, domestic, s.pressure, incidents) };
  }
  const home = utility >= r.target;
  const i = costliestIssue(c, idx, home);
  const issue: IssueId = level.issues[i]!.id;
  const pass = passingOption(c, idx, i);
  const reason = reasonOf(home ? 'cannot_ratify' : 'below_target', utility, r, domestic, s.pressure, incidents);
  reason.issue = issue;
  reason.option = proposal[issue];
  if (pass >= 0) reason.wouldPass = c.t.ids[i]![pass];
  const counter = counterIndices(c, idx);
  return counter ? { side, verdict: 'counter', reason, counter: fromIndices(c.t, counter) } : { side, verdict: 'reject', reason };
}
