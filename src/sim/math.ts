// Small numeric helpers shared by the rules. Kept here so no rule re-implements clamping.

import { exp, pow } from './portable-math';

/** Exact powers of ten for `round` (literals, so no engine's pow is involved). */
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1e6, 1e7, 1e8, 1e9];

/** Clamps x into [lo, hi]. NaN becomes lo, so a bad number can never leave a meter's range. */
export function clamp(x: number, lo = 0, hi = 1): number {
  if (!(x >= lo)) return lo;
  return x > hi ? hi : x;
}

/** The logistic function σ(x) = 1 / (1 + e^−x). */
export function sigmoid(x: number): number {
  return 1 / (1 + exp(-x));
}

/** Rounds to a given number of decimals, for reports. */
export function round(x: number, decimals = 3): number {
  const f = POWERS_OF_TEN[decimals] ?? pow(10, decimals);
  return Math.round(x * f) / f;
}
