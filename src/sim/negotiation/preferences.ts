// Each game's delegations are drawn a little apart from the scenario's published numbers: how much
// each issue weighs with a side (at the table and at home), the least it would take (its base
// reservation value) and the bar its public sets (its base ratification threshold) vary within a
// band, from the game's seed. A mediator learns them only as a negotiator would, from the answers,
// the counter-offers and the readings a delegation gives; a fixed package tabled blind cannot be
// right every game. (In the research's terms: incomplete information about the other's utility
// and reservation value, the setting the ANAC agents and their opponent models are built for.)
//
// The draws come from their own hash of the seed, never from the game's random generator, so the
// incidents a seed brings are the same whatever the delegations turn out to want.

import type { Level, SideId } from '../level';
import type { Preferences } from '../state';
import { tablesOf } from './tables';

export type { Preferences } from '../state';

/**
 * A red line holds a term to at least this share of the side's best option on its issue (design).
 * Putnam: a public's win-set; the 2025 record has Thailand's four conditions and Cambodia's demand
 * for its detained soldiers, which shifted in weight from one round of talks to the next.
 */
export const RED_LINE = 0.7;

/**
 * How far a game's delegations may lie from the published numbers (design, tuned by the balance
 * report): each issue's weight is multiplied by a factor in [1 − weights, 1 + weights] (the same
 * factor at the table and at home, then each set renormalised); rv0 and w0 move by up to ±rv and ±w0.
 */
export const SPREAD = { weights: 0.6, rv: 0.06, w0: 0.04 } as const;

/** splitmix32 step: a well-mixed 32-bit hash. */
function mix(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/** A stream of uniform numbers in [0, 1) from a 32-bit key (a hash per draw: exact in every engine). */
function uniforms(key: number): () => number {
  let n = 0;
  return () => (mix(key ^ Math.imul(++n, 0x27d4eb2d)) >>> 0) / 4294967296;
}

/** Salts that keep the two sides' draws apart. */
const SALT: Record<SideId, number> = { th: 0x5a17e001, kh: 0x5a17e002 };

/** Normalises a list of non-negative weights to sum 1 (even weights when all are 0). */
function normalised(raw: number[]): number[] {
  let sum = 0;
  for (const w of raw) sum += w;
  return raw.map((w) => (sum > 0 ? w / sum : 1 / raw.length));
}

/** A delegation's private numbers drawn from a key (a game's seed, or a search's own draw). */
export function drawPreferences(level: Level, side: SideId, key: number, notOn = -1): Preferences {
  const t = tablesOf(level);
  const u = uniforms(mix(key ^ SALT[side]));
  const factors = t.table[side].map(() => 1 + SPREAD.weights * (2 * u() - 1));
  const def = level.sides[side];
  const home = normalised(t.home[side].map((w, i) => w * factors[i]!));
  return {
    weights: normalised(t.table[side].map((w, i) => w * factors[i]!)),
    home,
    redLine: pickRedLine(home, u(), notOn),
    rv0: def.rv0 + SPREAD.rv * (2 * u() - 1),
    w0: def.w0 + SPREAD.w0 * (2 * u() - 1),
  };
}

/** An issue drawn with chances in proportion to its home weight, skipping `notOn`. */
function pickRedLine(home: number[], x: number, notOn: number): number {
  let total = 0;
  for (let i = 0; i < home.length; i++) if (i !== notOn) total += home[i]!;
  if (!(total > 0)) return -1;
  let left = x * total;
  let last = -1;
  for (let i = 0; i < home.length; i++) {
    if (i === notOn) continue;
    last = i;
    if ((left -= home[i]!) < 0) return i;
  }
  return last;
}

/**
 * Both delegations' private numbers from one key (a game's seed, or a search's imagined draw).
 * Which side draws its red line first alternates with the key, so neither side's red line is
 * favoured over the other's.
 */
export function gamePreferences(level: Level, key: number): Record<SideId, Preferences> {
  // Red lines only where the mediator can ask about them: a scenario without readings (the
  // tutorial, which teaches one lever at a time) keeps its publics' bars in the totals alone.
  if (level.levers && !level.levers.includes('consult')) {
    const none = (p: Preferences): Preferences => ({ ...p, redLine: -1 });
    return { th: none(drawPreferences(level, 'th', key | 0)), kh: none(drawPreferences(level, 'kh', key | 0)) };
  }
  if ((mix(key ^ 0x0f1257) & 1) === 0) {
    const th = drawPreferences(level, 'th', key | 0);
    return { th, kh: drawPreferences(level, 'kh', key | 0, th.redLine) };
  }
  const kh = drawPreferences(level, 'kh', key | 0);
  return { th: drawPreferences(level, 'th', key | 0, kh.redLine), kh };
}

/** Whether option k of issue i is below the side's red line (values: the side's per-issue values). */
export function crossesRedLine(prefs: Preferences | undefined, values: number[][], best: number[], i: number, k: number): boolean {
  return !!prefs && prefs.redLine === i && (k < 0 ? 0 : values[i]![k]!) < RED_LINE * best[i]!;
}
