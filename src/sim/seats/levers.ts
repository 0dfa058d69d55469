// A delegation's own levers, for a human seat playing Thailand or Cambodia: each with when it may
// be used and what it does, grounded in the negotiation model (NEGOTIATION-MODEL.md).
// - A statement to its public: firm ties its hands (Fearon, Tomz: audience costs; Putnam: a small
//   win-set is leverage at the table) by raising its own domestic pressure, which raises its walk-
//   away value and its ratification threshold, and stirs the other public and the fighting; calm
//   lowers its pressure, widening what it can sign.
// - A request to ASEAN for observers: the Observer Team deploys (Fortna: monitoring lowers the
//   relapse hazard; compliance becomes visible, so trust can move).
// - A complaint to ASEAN: upheld when the other side hit it last round (the mediator is seen to
//   listen: perceived bias toward it rises, its public calms); otherwise it costs trust in the envoy.
// - A bilateral call: the other government says what it cares about (its issue estimate moves
//   halfway to the other's true table weights, as the frequency model would after many rounds), and
//   the channel cools the fighting a little; a public already angry calls it weakness.
// Each may be used once a round by each delegation, counted from the decision log.

import type { Level, SideId } from '../level';
import type { DelegationAction, GameState, MeterChange } from '../state';
import { msg, type Msg } from '../message';
import { markMeters } from '../meters';
import { nudge, nudgeSigned, otherSide } from '../side-effects';
import { clamp } from '../math';
import { tablesOf } from '../negotiation/tables';

/** A delegation lever's name. */
export type DelegationLever = DelegationAction['type'];

/** The delegation levers in the order the views list them. */
export const DELEGATION_LEVERS: readonly DelegationLever[] = ['public_statement', 'request_observers', 'complain', 'bilateral_call'];

/** Tones of a statement to a delegation's own public. */
export const PUBLIC_TONES: readonly ('firm' | 'calm')[] = ['firm', 'calm'];

/** Design sizes of the levers' effects (tuned like the model's other constants). */
export const SEAT_LEVER = {
  firmPressure: 0.1,
  firmOtherPressure: 0.04,
  firmIntensity: 0.03,
  calmPressure: -0.08,
  calmIntensity: -0.01,
  observersIntensity: -0.04,
  upheldBias: 0.08,
  upheldOtherBias: -0.04,
  upheldPressure: -0.04,
  dismissedTrust: -0.05,
  callLearning: 0.5,
  callIntensity: -0.02,
  /** Pressure above which its public calls a bilateral call weakness. */
  callAngry: 0.7,
  callBacklash: 0.04,
} as const;

const TYPES: ReadonlySet<string> = new Set(DELEGATION_LEVERS);

/** Whether a decision is one of the delegations' own levers. */
export function isDelegationAction(a: { type: string }): a is DelegationAction {
  return TYPES.has(a.type);
}

/** The delegation levers `side` has used since the round began (read from the log). */
export function usedBySide(state: GameState, side: SideId): DelegationLever[] {
  const out: DelegationLever[] = [];
  for (let i = state.log.length - 1; i >= 0; i--) {
    const a = state.log[i]!;
    if (a.type === 'end_round') break;
    if (isDelegationAction(a) && a.side === side) out.push(a.type);
  }
  return out;
}

/** Why a delegation lever is malformed, or null (the shape of decisions read from outside). */
export function delegationShapeRefusal(a: Record<string, unknown>): Msg | null {
  if (a['side'] !== 'th' && a['side'] !== 'kh') return msg('sim.refuse.chooseSide');
  if (a['type'] === 'public_statement' && a['tone'] !== 'firm' && a['tone'] !== 'calm') return msg('sim.refuse.badTone');
  return null;
}

/** Whether the other side hit this one in the last round's incidents. */
function hitLastRound(state: GameState, side: SideId): boolean {
  const last = state.reports[state.reports.length - 1];
  return !!last && last.incidents.some((i) => i.victim === side);
}

/** Why a delegation lever is not allowed now, or null (the game's end is checked by `refuse`). */
export function delegationRefusal(state: GameState, a: DelegationAction): Msg | null {
  if (state.sides[a.side].walkedOut) return msg('seat.refuse.walkedOut', { side: a.side });
  if (usedBySide(state, a.side).includes(a.type)) return msg('seat.refuse.usedThisRound', { lever: a.type });
  if (a.type === 'request_observers' && state.measures.observers) return msg('sim.refuse.observersDeployed');
  return null;
}

/** Applies a delegation lever the rules allowed, on a state the caller owns. */
export function applyDelegationAction(level: Level, g: GameState, a: DelegationAction, changes: MeterChange[] | null): void {
  const side = a.side;
  const other = otherSide(side);
  const mark = markMeters(g, changes);
  switch (a.type) {
    case 'public_statement':
      if (a.tone === 'firm') {
        nudge(g, side, 'pressure', SEAT_LEVER.firmPressure);
        nudge(g, other, 'pressure', SEAT_LEVER.firmOtherPressure);
        g.intensity = clamp(g.intensity + SEAT_LEVER.firmIntensity);
      } else {
        nudge(g, side, 'pressure', SEAT_LEVER.calmPressure);
        g.intensity = clamp(g.intensity + SEAT_LEVER.calmIntensity);
      }
      mark?.record(msg(a.tone === 'firm' ? 'seat.cause.firm' : 'seat.cause.calm', { side }));
      break;
    case 'request_observers':
      g.measures.observers = true;
      g.intensity = clamp(g.intensity + SEAT_LEVER.observersIntensity);
      mark?.record(msg('seat.cause.observers', { side }));
      break;
    case 'complain':
      if (hitLastRound(g, side)) {
        nudgeSigned(g, side, 'bias', SEAT_LEVER.upheldBias);
        nudgeSigned(g, other, 'bias', SEAT_LEVER.upheldOtherBias);
        nudge(g, side, 'pressure', SEAT_LEVER.upheldPressure);
        mark?.record(msg('seat.cause.upheld', { side }));
      } else {
        nudge(g, side, 'trustMediator', SEAT_LEVER.dismissedTrust);
        mark?.record(msg('seat.cause.dismissed', { side }));
      }
      break;
    case 'bilateral_call': {
      const t = tablesOf(level);
      const est = g.sides[side].opponentWeights;
      level.issues.forEach((issue, i) => {
        const now = est[issue.id] ?? 1 / level.issues.length;
        est[issue.id] = now + SEAT_LEVER.callLearning * (t.table[other][i]! - now);
      });
      g.intensity = clamp(g.intensity + SEAT_LEVER.callIntensity);
      if (g.sides[side].pressure > SEAT_LEVER.callAngry) nudge(g, side, 'pressure', SEAT_LEVER.callBacklash);
      mark?.record(msg('seat.cause.call', { side }));
      break;
    }
  }
  g.cues.push('action');
}
