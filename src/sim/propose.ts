// Tabling a package: both delegations answer (accept, reject, counter or walk out), each learns from
// the other's counter (frequency opponent model, reciprocity), and if both accept the accord is signed.

import { SIDES, type IssueId, type Level, type SideId } from './level';
import type { Answer, GameState, HumanAnswer, MeterChange, Proposal } from './state';
import { respond } from './negotiation/respond';
import { tableUtility } from './negotiation/utility';
import { applyLeverage, otherSide } from './side-effects';
import { effectsByOption } from './terms';
import { markMeters } from './meters';
import { msg } from './message';
import { clamp } from './math';
import { PROPOSE_COST } from './catalog';
import { completeCounter } from './counter';

/** Frequency model (ANAC HardHeaded style): issues the other side moved in its counter gain weight. */
const LEARNING = 0.2;

/** Incidents a side has suffered so far this game (its public remembers them). */
function incidentsSuffered(g: GameState, side: SideId): number {
  let n = 0;
  for (const r of g.reports) for (const i of r.incidents) if (i.victim === side) n++;
  return n;
}

/** The option effects of the package's trade term, if any. */
function tradeLeverage(level: Level, proposal: Proposal): { m: number; isPublic: boolean } | null {
  const byIssue = effectsByOption(level);
  for (let i = 0; i < level.issues.length; i++) {
    const id = proposal[level.issues[i]!.id];
    const e = id === undefined ? undefined : byIssue[i]!.get(id);
    if (e?.leverage) return { m: e.leverage, isPublic: !!e.publicLeverage };
  }
  return null;
}

/** Updates what `learner` believes about the other side from the other's counter-offer. */
function learn(level: Level, g: GameState, learner: SideId, tabled: Proposal, counter: Proposal): void {
  const s = g.sides[learner];
  for (const issue of level.issues) {
    if (counter[issue.id] !== tabled[issue.id]) s.opponentWeights[issue.id] = (s.opponentWeights[issue.id] ?? 0) + LEARNING;
  }
  const w = s.opponentWeights;
  let total = 0;
  for (const k in w) total += w[k as IssueId] ?? 0;
  for (const k in w) w[k as IssueId] = (w[k as IssueId] ?? 0) / total;
  const u = tableUtility(level, counter, learner, g);
  s.concessionSeen = s.lastOfferUtility === null ? 0 : Math.max(0, u - s.lastOfferUtility);
  s.lastOfferUtility = u;
}

/** A human team's answer, with the model's numbers kept beside it as the reason. */
function humanAnswer(level: Level, side: SideId, human: HumanAnswer, model: Answer, proposal: Proposal): Answer {
  const reason = { ...model.reason, kind: 'human' as const };
  if (typeof human === 'object') return { side, verdict: 'counter', reason, counter: completeCounter(level, proposal, human.counter ?? {}) };
  return { side, verdict: human, reason };
}

/** Tables a package on a draft state and records both answers. */
export function propose(level: Level, g: GameState, proposal: Proposal, changes: MeterChange[] | null, humans: Partial<Record<SideId, HumanAnswer>> = {}): void {
  g.capital -= PROPOSE_COST;
  g.usedThisRound.push('propose');
  g.tabled = { ...proposal };
  const trade = tradeLeverage(level, proposal);
  if (trade && g.leverageLeft > 0) {
    const mark = markMeters(g, changes);
    applyLeverage(level, g, trade.m, trade.isPublic);
    mark?.record(msg(trade.isPublic ? 'sim.cause.packageThreat' : 'sim.cause.packageIncentive'));
  }
  const answers: Answer[] = [];
  for (const side of SIDES) {
    const model = respond(level, g, side, proposal, incidentsSuffered(g, side));
    const human = humans[side];
    answers.push(human ? humanAnswer(level, side, human, model, proposal) : model);
  }
  g.answers = answers;
  for (const a of answers) {
    if (a.verdict === 'walkout') g.sides[a.side].walkedOut = true;
    if (a.counter) {
      g.sides[a.side].lastCounter = a.counter;
      learn(level, g, otherSide(a.side), proposal, a.counter);
    }
  }
  if (answers.every((a) => a.verdict === 'accept')) {
    const mark = markMeters(g, changes);
    g.accord = { ...proposal };
    g.ceasefire = 'agreed';
    g.heldRounds = 0;
    g.accordLeverage = Math.max(g.sides.th.leverage, g.sides.kh.leverage);
    let withdrawal = 0;
    for (const i of level.issues) for (const o of i.options) if (o.id === proposal[i.id]) withdrawal = Math.max(withdrawal, o.effects?.withdrawal ?? 0);
    g.weaponsWithdrawn = clamp(withdrawal);
    g.aseanCredibility = clamp(g.aseanCredibility + 0.1);
    mark?.record(msg('sim.cause.signed'));
    g.cues.push('signed');
  } else if (answers.some((a) => a.verdict === 'walkout')) {
    g.cues.push('walkout');
  } else {
    g.cues.push(answers.some((a) => a.verdict === 'counter') ? 'counter' : 'reject');
  }
}
