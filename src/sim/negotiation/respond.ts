// How a delegation answers a tabled package: accept when it clears both its target (at the next
// round) and its public's ratification threshold; otherwise counter with the smallest change that
// would, chosen to cost the other side least by its estimate; walk out when trust is gone.

import type { IssueId, Level, SideId } from '../level';
import type { Answer, GameState, Proposal, Reason } from '../state';
import { homeUtility, isComplete, levelWeights, tableUtility } from './utility';
import { readSide, type Reading } from './model';

const other = (side: SideId): SideId => (side === 'th' ? 'kh' : 'th');

/** Shortfall of a package against both of this side's conditions (0 means acceptable). */
function shortfall(level: Level, p: Proposal, side: SideId, r: Reading): number {
  return Math.max(0, r.target - tableUtility(level, p, side)) + Math.max(0, r.ratification - homeUtility(level, p, side));
}

/** The other side's loss, as this side estimates it, from moving one issue to another option. */
function estimatedLoss(level: Level, game: GameState, side: SideId, issueId: IssueId, from: string | undefined, to: string): number {
  const them = other(side);
  const issue = level.issues.find((i) => i.id === issueId)!;
  const w = game.sides[side].opponentWeights[issueId] ?? 1 / level.issues.length;
  const v = (id: string | undefined) => issue.options.find((o) => o.id === id)?.value[them] ?? 0;
  return w * (v(from) - v(to));
}

/** Greedy trade-off: repeatedly take the single change with the best own gain per estimated loss to the other. */
export function counterOffer(level: Level, game: GameState, side: SideId, start: Proposal, r: Reading): Proposal | null {
  const p: Proposal = { ...start };
  for (let step = 0; step < level.issues.length * 3; step++) {
    const before = shortfall(level, p, side, r);
    if (before <= 0) return p;
    let best: { issue: IssueId; option: string; score: number } | null = null;
    for (const issue of level.issues) {
      const current = p[issue.id];
      for (const o of issue.options) {
        if (o.id === current) continue;
        p[issue.id] = o.id;
        const gain = before - shortfall(level, p, side, r);
        p[issue.id] = current;
        if (gain <= 1e-9) continue;
        const score = gain / (Math.max(0, estimatedLoss(level, game, side, issue.id, current, o.id)) + 0.02);
        if (!best || score > best.score + 1e-12) best = { issue: issue.id, option: o.id, score };
      }
    }
    if (!best) return null;
    p[best.issue] = best.option;
  }
  return shortfall(level, p, side, r) <= 0 ? p : null;
}

/** The issue whose term costs this side most against its best option, by table or home weights. */
function costliestIssue(level: Level, p: Proposal, side: SideId, home: boolean): IssueId {
  const w = levelWeights(level)[side][home ? 'home' : 'table'];
  let worst: IssueId = level.issues[0]!.id;
  let worstCost = -1;
  for (const issue of level.issues) {
    const max = Math.max(...issue.options.map((o) => o.value[side]));
    const v = issue.options.find((o) => o.id === p[issue.id])?.value[side] ?? 0;
    const cost = (w[issue.id] ?? 0) * (max - v);
    if (cost > worstCost + 1e-12) {
      worstCost = cost;
      worst = issue.id;
    }
  }
  return worst;
}

/** An option of the given issue that alone would make the package pass, costing the other side least. */
function passingOption(level: Level, game: GameState, side: SideId, p: Proposal, issueId: IssueId, r: Reading): string | undefined {
  const issue = level.issues.find((i) => i.id === issueId)!;
  let best: { id: string; loss: number } | undefined;
  for (const o of issue.options) {
    if (o.id === p[issueId]) continue;
    if (shortfall(level, { ...p, [issueId]: o.id }, side, r) > 0) continue;
    const loss = estimatedLoss(level, game, side, issueId, p[issueId], o.id);
    if (!best || loss < best.loss - 1e-12) best = { id: o.id, loss };
  }
  return best?.id;
}

/** A delegation's answer to a package, with the numbers that decided it. */
export function respond(level: Level, game: GameState, side: SideId, proposal: Proposal, incidents: number): Answer {
  const s = game.sides[side];
  const r = readSide(level, game, side);
  const utility = tableUtility(level, proposal, side);
  const domestic = homeUtility(level, proposal, side);
  const base: Reason = {
    kind: 'accepts', utility, target: r.target, domestic, ratification: r.ratification, pressure: s.pressure, incidents,
  };
  if (s.walkedOut || s.trustMediator < level.sides[side].walkout) {
    return { side, verdict: 'walkout', reason: { ...base, kind: 'walkout' } };
  }
  if (!isComplete(level, proposal)) {
    return { side, verdict: 'reject', reason: { ...base, kind: 'incomplete' } };
  }
  if (utility >= r.target && domestic >= r.ratification) return { side, verdict: 'accept', reason: base };
  const home = utility >= r.target;
  const issue = costliestIssue(level, proposal, side, home);
  const reason: Reason = {
    ...base,
    kind: home ? 'cannot_ratify' : 'below_target',
    issue,
    option: proposal[issue],
    wouldPass: passingOption(level, game, side, proposal, issue, r),
  };
  const counter = counterOffer(level, game, side, proposal, r);
  return counter ? { side, verdict: 'counter', reason, counter } : { side, verdict: 'reject', reason };
}
