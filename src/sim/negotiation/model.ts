// One delegation's reading of the situation (NEGOTIATION-MODEL.md): ripeness, readiness, the
// reservation value, the Faratin concession target and the ratification threshold. Pure functions
// of the scenario's data and the side's state, so swapping the sides' data swaps their readings.

import type { Level, SideId } from '../level';
import type { GameState } from '../state';
import { clamp } from '../math';
import { concessionTarget } from './theory';
import { exp } from '../portable-math';

/** Design constants of the model (tuned by the balance report; the shapes are the research's). */
export const MODEL = {
  /** RV weights: domestic pressure, battlefield edge, hurting stalemate, effective leverage. */
  kD: 0.25,
  kE: 0.15,
  kP: 0.3,
  kL: 0.6,
  /** Ratification threshold rises with pressure: W = W0 + kW·pressure. */
  kW: 0.3,
  /** β = β0·exp(c·(readiness − 0.5)). */
  c: 3,
  /** Reciprocity: the target drops by λ times the other side's last concession. */
  lambda: 0.5,
  /** Believed advice lowers the target by this much for the round. */
  advice: 0.08,
  /**
   * Leverage works like a deadline (Beardsley: manipulation buys quick formal agreement): the side
   * feels time as t + (1 − t)·kT·effective leverage.
   */
  kT: 1.2,
} as const;

/** What a delegation currently thinks, with every number the explanation needs. */
export interface Reading {
  /** Mutually hurting stalemate: pain · (1 − max(0, edge)). */
  mhs: number;
  readiness: number;
  effectiveLeverage: number;
  rv: number;
  beta: number;
  /** Target utility for accepting now (evaluated at the next round, AC_next). */
  target: number;
  /** Ratification threshold of the domestic audience. */
  ratification: number;
}

/** The reading of one side at the current round. */
export function readSide(level: Level, game: GameState, side: SideId): Reading {
  const def = level.sides[side];
  const s = game.sides[side];
  const mhs = clamp(s.pain * (1 - Math.max(0, s.edge)));
  const effectiveLeverage = clamp(s.leverage * (1 - def.backlash * s.pressure));
  const readiness = clamp(mhs + 0.5 * s.leverage) * (0.5 * s.trustOther + 0.5 * s.trustMediator);
  const rv = clamp((s.prefs?.rv0 ?? def.rv0) + MODEL.kD * s.pressure + MODEL.kE * s.edge - MODEL.kP * mhs - MODEL.kL * effectiveLeverage, 0.05, 0.95);
  const beta = def.beta0 * exp(MODEL.c * (readiness - 0.5));
  const t = Math.min(1, game.round / game.maxRounds);
  const tNext = t + (1 - t) * MODEL.kT * effectiveLeverage;
  let target = concessionTarget({ t: tNext, beta, kappa: 0, pMin: rv, pMax: 1 });
  target -= MODEL.lambda * s.concessionSeen;
  if (s.adviceBelieved) target -= MODEL.advice;
  // Reciprocity and believed advice lower the target, but never below the reservation value.
  target = clamp(target, rv, 1);
  const ratification = clamp((s.prefs?.w0 ?? def.w0) + MODEL.kW * s.pressure);
  return { mhs, readiness, effectiveLeverage, rv, beta, target, ratification };
}
