// Small numeric helpers shared by the rules. Kept here so no rule re-implements clamping.

/** Clamps x into [lo, hi]. NaN becomes lo, so a bad number can never leave a meter's range. */
export function clamp(x: number, lo = 0, hi = 1): number {
  if (!(x >= lo)) return lo;
  return x > hi ? hi : x;
}

/** The logistic function σ(x) = 1 / (1 + e^−x). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Rounds to a given number of decimals, for reports. */
export function round(x: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
