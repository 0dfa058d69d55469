// What one delegation's government knows, and nothing more: its own needs and interests, its
// walk-away point, its public's mood, the package on the table as it weighs it, the public record
// (incidents, the ceasefire, the world's meters), and only the reading of the other side that the
// negotiation model gives it (its frequency estimate of the other's priorities, the other's
// counter-offers and verdicts). The other delegation's numbers (its values, weights, pressure,
// trust, reservation value, the reasons behind its answers) never enter it. Everything about the
// two sides is said as "own" and "other", so a Thai and a Cambodian player's views of mirrored
// games are equal but for the seat's name, and the whole view is JSON a server can send to one seat.

import type { IssueId, Level, SideId } from '../level';
import type { Answer, CeasefireState, GameState, IncidentEvent, MeterChange, Outcome, Proposal, RoundReport } from '../state';
import { readSide } from '../negotiation/model';
import { delegationReading, type Fear } from '../negotiation/reading';
import { tablesOf, toIndices, utilityOf, weightsIn } from '../negotiation/tables';
import { isComplete } from '../negotiation/utility';
import { otherSide } from '../side-effects';

/** Who a thing concerns, seen from the seat. */
export type Whose = 'own' | 'other';

/** One open issue as this government weighs it. */
export interface OwnIssue {
  issue: IssueId;
  /** Weight at the table (normalised over the open issues). */
  weight: number;
  /** Weight for the public at home, which must ratify. */
  homeWeight: number;
  /** This government's value (0..1) of each option, by option id. */
  values: Record<string, number>;
}

/** How this government weighs a package. */
export interface Assessment {
  complete: boolean;
  /** Utility at the table and at home. */
  utility: number;
  domestic: number;
  /** What the delegation's own model would answer: at or above its target, and its public's threshold. */
  clearsTarget: boolean;
  clearsRatification: boolean;
}

/** An answer as this seat may see it: its own in full, the other's verdict and counter only. */
export interface SeenAnswer {
  whose: Whose;
  verdict: Answer['verdict'];
  counter?: Proposal;
  /** Only on the seat's own answer: the numbers its own model weighed. */
  reason?: Omit<Answer['reason'], 'wouldPass'>;
}

/** An incident as the news reports it, with its victim said from the seat. */
export type SeenIncident = Omit<IncidentEvent, 'victim'> & { victim: Whose };

/** A meter change the seat can see (the shared meters and its own side's). */
export interface SeenChange {
  meter: string;
  from: number;
  to: number;
  cause: MeterChange['cause'];
}

/** One past round from the seat. */
export interface SeenRound {
  round: number;
  tabled?: Proposal;
  answers: SeenAnswer[];
  incidents: SeenIncident[];
  changes: SeenChange[];
  ceasefire: { from: CeasefireState; to: CeasefireState };
  signed: boolean;
}

/** Everything one delegation's seat sees at a point of the game. */
export interface DelegationView {
  seat: SideId;
  scenarioId: string;
  difficulty: GameState['difficulty'];
  round: number;
  maxRounds: number;
  own: {
    pain: number;
    edge: number;
    /** Its public's mood: domestic pressure (0 calm, 1 furious). */
    pressure: number;
    trustOther: number;
    trustMediator: number;
    /** Perceived mediator bias: positive means "the envoy is on our side". */
    bias: number;
    leverage: number;
    adviceBelieved: boolean;
    walkedOut: boolean;
    /** Its walk-away point now, and the scenario's base one. */
    reservation: number;
    reservationBase: number;
    /** What it aims for at this round, its public's ratification threshold, its readiness. */
    target: number;
    ratification: number;
    readiness: number;
    /** Hurting stalemate: pain · (1 − max(0, edge)). */
    hurting: number;
    /** Trust in the envoy below which it would walk out. */
    walkoutBelow: number;
    issues: OwnIssue[];
    /** Its three weightiest issues and the term it wants on each. */
    needs: { issue: IssueId; option: string; weight: number }[];
    fears: Fear[];
    /** Its public's red line this game: the issue and the terms that clear it (null: none). */
    redLine: { issue: IssueId; options: string[] } | null;
  };
  other: {
    /** Its estimate of the other side's issue weights (the frequency model: issues they move on weigh less). */
    estimatedWeights: Partial<Record<IssueId, number>>;
    /** The other side's latest counter-offer at the table, if any. */
    lastCounter: Proposal | null;
    /** How far the other side's offers last moved toward this side, in this side's utility. */
    concessionSeen: number;
    /** This side's utility of the other side's latest counter-offer. */
    lastOfferUtility: number | null;
  };
  table: {
    tabled: Proposal | null;
    assessment: Assessment | null;
    answers: SeenAnswer[];
    accord: Proposal | null;
    accordAssessment: Assessment | null;
  };
  world: {
    livesLost: number;
    displaced: number;
    intensity: number;
    ceasefire: CeasefireState;
    heldRounds: number;
    aseanCredibility: number;
    leverageLeft: number;
    leveragePublic: boolean;
    minesCleared: number;
    weaponsWithdrawn: number;
    measures: GameState['measures'];
  };
  history: SeenRound[];
  /** How the scenario ended (the envoy's score is not this seat's; see `seatScore`). */
  outcome: Pick<Outcome, 'kind' | 'reason'> | null;
}

/** How `side` weighs a package (its own tables only). */
export function assessFor(level: Level, game: GameState, side: SideId, p: Proposal): Assessment {
  const t = tablesOf(level);
  const idx = toIndices(t, p);
  const r = readSide(level, game, side);
  const w = weightsIn(t, game, side);
  const utility = utilityOf(t.value[side], w.table, idx);
  const domestic = utilityOf(t.value[side], w.home, idx);
  return { complete: isComplete(level, p), utility, domestic, clearsTarget: utility >= r.target, clearsRatification: domestic >= r.ratification };
}

function seeAnswer(a: Answer, side: SideId): SeenAnswer {
  const whose: Whose = a.side === side ? 'own' : 'other';
  const out: SeenAnswer = { whose, verdict: a.verdict };
  if (a.counter) out.counter = { ...a.counter };
  if (whose === 'own') {
    // `wouldPass` is chosen by what costs the other side least, from its true values: not told.
    const { wouldPass: _hidden, ...reason } = a.reason;
    void _hidden;
    out.reason = reason;
  }
  return out;
}

/** A meter as the seat names it: shared meters as they are, a side's meter as `own.…`, the other's hidden. */
function seeMeter(meter: string, side: SideId): string | null {
  const dot = meter.indexOf('.');
  if (dot < 0) return meter;
  return meter.slice(0, dot) === side ? `own${meter.slice(dot)}` : null;
}

/** A message's side arguments said from the seat; null when it carries the other side's numbers. */
function seeCause(cause: MeterChange['cause'], side: SideId): MeterChange['cause'] | null {
  if (!cause.args) return cause;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(cause.args)) {
    if (v === 'th' || v === 'kh') args[k] = v === side ? 'own' : 'other';
    else args[k] = v;
  }
  // A number about the other side (its public's pressure when it suspends the ceasefire) is not told.
  if (cause.args['side'] === otherSide(side) && Object.keys(cause.args).some((k) => k.endsWith('Pct'))) return null;
  return { key: cause.key, args };
}

/** Both answers, the seat's own first (so the view does not depend on which side it is). */
function seeAnswers(answers: readonly Answer[], side: SideId): SeenAnswer[] {
  const seen = answers.map((a) => seeAnswer(a, side));
  return [...seen.filter((a) => a.whose === 'own'), ...seen.filter((a) => a.whose === 'other')];
}

function seeRound(r: RoundReport, side: SideId): SeenRound {
  const changes: SeenChange[] = [];
  for (const c of r.changes) {
    const meter = seeMeter(c.meter, side);
    const cause = seeCause(c.cause, side);
    if (meter && cause) changes.push({ meter, from: c.from, to: c.to, cause });
  }
  const out: SeenRound = {
    round: r.round,
    answers: seeAnswers(r.answers, side),
    incidents: r.incidents.map((i) => ({ ...i, victim: i.victim === side ? 'own' : 'other' })),
    changes,
    ceasefire: { from: r.ceasefire.from, to: r.ceasefire.to },
    signed: r.signed,
  };
  if (r.tabled) out.tabled = { ...r.tabled };
  return out;
}

/** The issues as this side weighs them in this game (its own draw of the weights, sim/negotiation/preferences.ts). */
function ownIssues(level: Level, game: GameState, side: SideId): OwnIssue[] {
  const t = tablesOf(level);
  const w = weightsIn(t, game, side);
  return level.issues.map((issue, i) => ({
    issue: issue.id,
    weight: w.table[i]!,
    homeWeight: w.home[i]!,
    values: Object.fromEntries(t.ids[i]!.map((id, k) => [id, t.value[side][i]![k]!])),
  }));
}

/**
 * The view of `side`'s delegation at `game`: pure, deterministic JSON, holding nothing of the other
 * delegation's private numbers (tests/unit/seat-view.test.ts changes every one of them and checks
 * the view does not move).
 */
export function delegationView(level: Level, game: GameState, side: SideId): DelegationView {
  const s = game.sides[side];
  const r = readSide(level, game, side);
  const reading = delegationReading(level, game, side);
  const def = level.sides[side];
  const other = otherSide(side);
  return {
    seat: side,
    scenarioId: game.scenarioId,
    difficulty: game.difficulty,
    round: game.round,
    maxRounds: game.maxRounds,
    own: {
      pain: s.pain, edge: s.edge, pressure: s.pressure, trustOther: s.trustOther, trustMediator: s.trustMediator,
      bias: s.bias, leverage: s.leverage, adviceBelieved: s.adviceBelieved, walkedOut: s.walkedOut,
      reservation: r.rv, reservationBase: s.prefs?.rv0 ?? def.rv0, target: r.target, ratification: r.ratification,
      readiness: r.readiness, hurting: r.mhs, walkoutBelow: def.walkout,
      issues: ownIssues(level, game, side),
      needs: reading.needs.map((n) => ({ ...n })),
      fears: reading.fears.slice(),
      redLine: reading.redLine ? { issue: reading.redLine.issue, options: reading.redLine.options.slice() } : null,
    },
    other: {
      estimatedWeights: { ...s.opponentWeights },
      lastCounter: game.sides[other].lastCounter ? { ...game.sides[other].lastCounter } : null,
      concessionSeen: s.concessionSeen,
      lastOfferUtility: s.lastOfferUtility,
    },
    table: {
      tabled: game.tabled ? { ...game.tabled } : null,
      assessment: game.tabled ? assessFor(level, game, side, game.tabled) : null,
      answers: seeAnswers(game.answers, side),
      accord: game.accord ? { ...game.accord } : null,
      accordAssessment: game.accord ? assessFor(level, game, side, game.accord) : null,
    },
    world: {
      livesLost: game.livesLost, displaced: game.displaced, intensity: game.intensity, ceasefire: game.ceasefire,
      heldRounds: game.heldRounds, aseanCredibility: game.aseanCredibility, leverageLeft: game.leverageLeft,
      leveragePublic: game.leveragePublic, minesCleared: game.minesCleared, weaponsWithdrawn: game.weaponsWithdrawn,
      measures: { ...game.measures },
    },
    history: game.reports.map((rep) => seeRound(rep, side)),
    outcome: game.outcome ? { kind: game.outcome.kind, reason: game.outcome.reason } : null,
  };
}
