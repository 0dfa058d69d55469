// The packages the search can table, and how it picks one with the delegations' model: every
// package of the level with its four utilities (each side at the table and at home) and a
// durability score, built once per level and thinned to those no other package beats on all five.
// At the table the search reads both sides as the model does (their targets and ratification
// thresholds are what "consult" shows a player) and tables the most durable package both would sign.

import type { Level, SideId } from '../level';
import { RED_LINE } from '../negotiation/preferences';
import { knownRedLines } from '../negotiation/revealed';
import type { GameState, Proposal, SideState } from '../state';
import { readSide, type Reading } from '../negotiation/model';
import { fromIndices, tablesOf, utilityOf } from '../negotiation/tables';
import { applyLeverage } from '../side-effects';
import { TERMS } from '../terms';
import { log } from '../portable-math';

/** One package in numbers. */
export interface Candidate {
  idx: number[];
  proposal: Proposal;
  /** Utilities: Thailand's and Cambodia's at the table, then at home. */
  uth: number;
  ukh: number;
  dth: number;
  dkh: number;
  /** Higher is sturdier: −ln of the terms' hazard, less the fragility of any leverage it carries. */
  durability: number;
  /** The trade term's leverage (0 when none) and whether it is public. */
  leverage: number;
  publicLeverage: boolean;
}

/** Durability of a package from its options' effects (the same terms `termsHazard` multiplies). */
function durabilityOf(level: Level, idx: readonly number[]): { durability: number; leverage: number; publicLeverage: boolean } {
  let logHazard = 0;
  let leverage = 0;
  let publicLeverage = false;
  let airBarred = false;
  let verifies = false;
  let demining = 0;
  for (let i = 0; i < idx.length; i++) {
    const e = level.issues[i]!.options[idx[i]!]!.effects;
    if (!e) continue;
    logHazard += log(e.hazard ?? 1);
    if (e.leverage) {
      leverage = e.leverage;
      publicLeverage = !!e.publicLeverage;
    }
    if (e.noAirStrikes) airBarred = true;
    if (e.verifies) verifies = true;
    demining = Math.max(demining, e.demining ?? 0);
  }
  // Barring air strikes removes about a fifth of the incident weight; observers in the accord let
  // trust grow; cleared mines lower the hazard over the rounds; leverage that lapses raises it.
  const durability = -logHazard + (airBarred ? 0.2 : 0) + (verifies ? 0.1 : 0) + demining - log(1 + TERMS.mu * leverage);
  return { durability, leverage, publicLeverage };
}

/** Whether a beats-or-equals b on all five scores and beats it on one. */
function dominates(a: Candidate, b: Candidate): boolean {
  const ge = a.uth >= b.uth && a.ukh >= b.ukh && a.dth >= b.dth && a.dkh >= b.dkh && a.durability >= b.durability;
  const gt = a.uth > b.uth || a.ukh > b.ukh || a.dth > b.dth || a.dkh > b.dkh || a.durability > b.durability;
  return ge && gt;
}

const cache = new WeakMap<Level, { all: Candidate[]; kept: Map<string, Candidate[]> }>();

/** Every package of the level in numbers (built once per level). */
function everyPackage(level: Level): { all: Candidate[]; kept: Map<string, Candidate[]> } {
  const hit = cache.get(level);
  if (hit) return hit;
  const t = tablesOf(level);
  const sizes = t.ids.map((ids) => ids.length);
  const all: Candidate[] = [];
  const idx = sizes.map(() => 0);
  for (;;) {
    const d = durabilityOf(level, idx);
    all.push({
      idx: idx.slice(), proposal: fromIndices(t, idx),
      uth: utilityOf(t.value.th, t.table.th, idx), ukh: utilityOf(t.value.kh, t.table.kh, idx),
      dth: utilityOf(t.value.th, t.home.th, idx), dkh: utilityOf(t.value.kh, t.home.kh, idx), ...d,
    });
    let i = 0;
    while (i < sizes.length && ++idx[i]! >= sizes[i]!) idx[i++] = 0;
    if (i === sizes.length) break;
  }
  // Sorted by durability, a package can only be dominated by one before it (or an equal one).
  all.sort((a, b) => b.durability - a.durability || b.uth + b.ukh - (a.uth + a.ukh));
  const entry = { all, kept: new Map<string, Candidate[]>() };
  cache.set(level, entry);
  return entry;
}

/**
 * Every package that respects the red lines known (issue indices, −1 for unknown) and that no other
 * such package beats on all of the four utilities and durability, most durable first. Any package
 * both sides would sign has such a package that they would sign too, and that is at least as
 * durable, so nothing the search could want is thinned away.
 */
export function candidates(level: Level, redLines: Record<SideId, number> = { th: -1, kh: -1 }): Candidate[] {
  const every = everyPackage(level);
  const key = `${redLines.th}:${redLines.kh}`;
  const hit = every.kept.get(key);
  if (hit) return hit;
  const t = tablesOf(level);
  const respects = (c: Candidate, side: SideId) => {
    const i = redLines[side];
    return i < 0 || t.value[side][i]![c.idx[i]!]! >= RED_LINE * t.best[side][i]!;
  };
  const kept: Candidate[] = [];
  for (const c of every.all) if (respects(c, 'th') && respects(c, 'kh') && !kept.some((k) => dominates(k, c))) kept.push(c);
  every.kept.set(key, kept);
  return kept;
}

/** A side's state as the mediator knows it: its meters, without its private numbers. */
function knownSide(s: SideState): SideState {
  const { prefs: _private, ...known } = s;
  return known;
}

/**
 * Both sides' readings as the mediator can work them out (the scenario's published weights,
 * reservation values and thresholds with each side's current meters), once a package carrying
 * leverage m is tabled. The delegations' private numbers for this game are never read here: the
 * search learns them, as a player does, only from their answers.
 */
function readingsWith(level: Level, g: GameState, m: number, isPublic: boolean): [Reading, Reading] {
  const sides: Record<'th' | 'kh', SideState> = { th: knownSide(g.sides.th), kh: knownSide(g.sides.kh) };
  const trial = { ...g, sides };
  if (m > 0 && g.leverageLeft > 0) applyLeverage(level, trial, m, isPublic);
  return [readSide(level, trial, 'th'), readSide(level, trial, 'kh')];
}

/** How far a package falls short of both sides' targets and ratification thresholds (0: both sign). */
function shortfall(c: Candidate, th: Reading, kh: Reading): number {
  return Math.max(0, th.target - c.uth) + Math.max(0, th.ratification - c.dth) + Math.max(0, kh.target - c.ukh) + Math.max(0, kh.ratification - c.dkh);
}

/**
 * The package the search tables now: the most durable one both delegations would sign by the
 * model's reading of them as published (their private numbers unknown), or, when none would pass, the one that falls least short (so their
 * counters show the way). `signs` says which it is.
 */
export function modelPackage(level: Level, g: GameState): { proposal: Proposal; signs: boolean } {
  const list = candidates(level, knownRedLines(level, g));
  const readings = new Map<string, [Reading, Reading]>();
  const readFor = (c: Candidate): [Reading, Reading] => {
    const key = `${c.leverage}:${c.publicLeverage}`;
    let r = readings.get(key);
    if (!r) readings.set(key, (r = readingsWith(level, g, c.leverage, c.publicLeverage)));
    return r;
  };
  let closest = list[0]!;
  let closestGap = Infinity;
  for (const c of list) {
    const [th, kh] = readFor(c);
    const gap = shortfall(c, th, kh);
    if (gap <= 0) return { proposal: c.proposal, signs: true };
    if (gap < closestGap - 1e-12) {
      closestGap = gap;
      closest = c;
    }
  }
  return { proposal: closest.proposal, signs: false };
}
