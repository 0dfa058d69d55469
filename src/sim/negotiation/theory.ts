// The published results the delegations' model stands on, as exact functions: the Faratin/GENIUS
// time-dependent target, Rubinstein's alternating-offers share by backward induction, and the Nash
// bargaining solution over a finite set of outcomes. Tests check them to 1e-6.

import { hypot, pow } from '../portable-math';

/** Parameters of the GENIUS time-dependent target p(t). */
export interface ConcessionParams {
  /** Normalised time in [0, 1]. */
  t: number;
  /** Concession exponent: β < 1 firm (Boulware), β > 1 yielding (Conceder). */
  beta: number;
  /** Initial concession κ in [0, 1]. */
  kappa: number;
  pMin: number;
  pMax: number;
}

/**
 * Faratin–Sierra–Jennings polynomial tactic as GENIUS implements it:
 * p(t) = Pmin + (Pmax − Pmin)(1 − (κ + (1 − κ)·t^(1/β))).
 */
export function concessionTarget({ t, beta, kappa, pMin, pMax }: ConcessionParams): number {
  const tt = Math.min(1, Math.max(0, t));
  const alpha = kappa + (1 - kappa) * pow(tt, 1 / beta);
  return pMin + (pMax - pMin) * (1 - alpha);
}

/**
 * The first proposer's share in Rubinstein's alternating-offers game, found by backward induction
 * over ever longer finite horizons until the share stops moving (it converges to (1 − δ2)/(1 − δ1δ2)).
 */
export function rubinsteinShare(delta1: number, delta2: number): number {
  if (!(delta1 >= 0 && delta1 < 1 && delta2 >= 0 && delta2 < 1)) {
    throw new RangeError('discount factors must lie in [0, 1)');
  }
  let previous = Number.NaN;
  for (let horizon = 2; horizon <= 1 << 22; horizon *= 2) {
    const share = finiteHorizonShare(delta1, delta2, horizon);
    if (Math.abs(share - previous) < 1e-13) return share;
    previous = share;
  }
  return previous;
}

/**
 * Backward induction in a game of `horizon` periods: in the last period the proposer takes all;
 * in each earlier one the proposer offers the responder exactly the discounted value of proposing next.
 */
export function finiteHorizonShare(delta1: number, delta2: number, horizon: number): number {
  let next = 1; // share of whoever proposes in the last period
  for (let period = horizon - 1; period >= 1; period--) {
    const responderDelta = period % 2 === 1 ? delta2 : delta1;
    next = 1 - responderDelta * next;
  }
  return next;
}

/** One outcome as the two parties value it. */
export interface Outcome2 {
  a: number;
  b: number;
}

/** The Nash point of a finite bargaining problem and what the debrief says about an accord. */
export interface NashResult {
  /** Index of the outcome maximising (a − da)(b − db) among those better for both than disagreement. */
  index: number;
  product: number;
  /** True when no other outcome reaches the same product. */
  unique: boolean;
  /** Indices of the Pareto-efficient outcomes. */
  frontier: number[];
  /** The largest a + b over all outcomes. */
  maxWelfare: number;
}

/** Nash's bargaining solution over a finite set of outcomes with a disagreement point. */
export function nashSolution(outcomes: readonly Outcome2[], disagreement: Outcome2 = { a: 0, b: 0 }): NashResult {
  let index = -1;
  let product = -Infinity;
  let ties = 0;
  let maxWelfare = -Infinity;
  outcomes.forEach((o, i) => {
    maxWelfare = Math.max(maxWelfare, o.a + o.b);
    const ga = o.a - disagreement.a;
    const gb = o.b - disagreement.b;
    if (ga <= 0 || gb <= 0) return;
    const p = ga * gb;
    if (p > product + 1e-12) {
      product = p;
      index = i;
      ties = 0;
    } else if (Math.abs(p - product) <= 1e-12) {
      ties++;
    }
  });
  return { index, product: index < 0 ? 0 : product, unique: index >= 0 && ties === 0, frontier: paretoFrontier(outcomes), maxWelfare };
}

/** Indices of outcomes no other outcome weakly improves on for both parties (strictly for one). */
export function paretoFrontier(outcomes: readonly Outcome2[]): number[] {
  const order = outcomes.map((_, i) => i).sort((x, y) => outcomes[y]!.a - outcomes[x]!.a || outcomes[y]!.b - outcomes[x]!.b);
  const frontier: number[] = [];
  let bestB = -Infinity;
  let lastA = Number.NaN;
  let lastB = Number.NaN;
  for (const i of order) {
    const o = outcomes[i]!;
    if (o.b > bestB) {
      frontier.push(i);
      bestB = o.b;
      lastA = o.a;
      lastB = o.b;
    } else if (o.a === lastA && o.b === lastB) {
      frontier.push(i); // an exact duplicate of a frontier point is on the frontier too
    }
  }
  return frontier;
}

/** Euclidean distance from a point to the nearest frontier outcome (0 when the point is on it). */
export function distanceToFrontier(point: Outcome2, outcomes: readonly Outcome2[]): number {
  let best = Infinity;
  for (const i of paretoFrontier(outcomes)) {
    const o = outcomes[i]!;
    if (o.a >= point.a && o.b >= point.b) best = Math.min(best, hypot(o.a - point.a, o.b - point.b));
  }
  return best === Infinity ? 0 : best;
}
