// A short fingerprint of where a game stands, stored beside a decision log (in saves and resume
// codes): replaying the log elsewhere must reach the same fingerprint, so a browser or a version
// of the game that computes one step differently is noticed and reported, never silently trusted.
// It covers every number and state the rules carry from round to round (meters, both sides, the
// generator, the ceasefire, the outcome), not the wording of reports, so it is the same in every
// language and for saves migrated from older formats.

import type { GameState, SideState } from './state';

/** A side's numbers in a fixed order. */
function sideText(s: SideState): string {
  const weights = Object.keys(s.opponentWeights).sort().map((k) => `${k}=${s.opponentWeights[k as keyof typeof s.opponentWeights]}`).join(',');
  return [s.pain, s.edge, s.pressure, s.trustOther, s.trustMediator, s.bias, s.leverage, s.adviceBelieved, s.lastOfferUtility,
    s.concessionSeen, s.walkedOut, weights].join('|');
}

/**
 * The text the digest is taken of: numbers in JavaScript's shortest round-trip form, which the
 * language defines exactly, so two engines write the same text for the same doubles.
 */
export function digestText(g: GameState): string {
  const o = g.outcome;
  return [
    g.scenarioId, g.seed, g.difficulty, g.round, g.capital, g.rng.join(','), g.log.length,
    g.livesLost, g.displaced, g.peakDisplaced, g.intensity, g.aseanCredibility, g.leverageLeft, g.leveragePublic,
    g.minesCleared, g.weaponsWithdrawn, g.ceasefire, g.heldRounds, g.accordLeverage,
    g.accord ? Object.keys(g.accord).sort().map((k) => g.accord![k as keyof typeof g.accord]).join(',') : '-',
    sideText(g.sides.th), sideText(g.sides.kh),
    o ? `${o.kind}:${o.reason}:${o.score}` : '-',
  ].join(';');
}

/** FNV-1a over a text, as an unsigned 32-bit number (also the resume codes' checksum). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Characters of a digest. */
export const DIGEST_LENGTH = 6;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The game's fingerprint: 30 bits as six characters of Crockford's base32, e.g. `7KD2Q0`. */
export function stateDigest(g: GameState): string {
  let h = fnv1a(digestText(g)) >>> 2;
  let out = '';
  for (let i = 0; i < DIGEST_LENGTH; i++) {
    out = ALPHABET[h & 31] + out;
    h >>>= 5;
  }
  return out;
}
