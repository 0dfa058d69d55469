// Two timelines of one scenario and seed, compared: where they split (the first decision that
// differs), how the meters ended in each, what the delegations answered from that day on, and how
// each game ended. Pure and headless: both games are replayed from their seed and log here, so
// the comparison is the same wherever it is computed and needs nothing but the level.

import { SIDES, type Difficulty, type Level, type SideId } from './level';
import type { Answer, GameState, MediatorAction, MeterId, Outcome } from './state';
import { replay } from './game';
import { roundOfDecision } from './branch-log';

/** One timeline: a seed, a difficulty and the decisions made from it. */
export interface Timeline {
  seed: number;
  difficulty: Difficulty;
  log: readonly MediatorAction[];
}

/** Where two timelines part: the index of the first different decision, its round, and each side's decision (null where a log had ended). */
export interface Split {
  index: number;
  round: number;
  parent: MediatorAction | null;
  branch: MediatorAction | null;
}

/** A meter at the end of each timeline. */
export interface MeterPair {
  meter: MeterId;
  parent: number;
  branch: number;
}

/** A delegation's answer in one round of each timeline (null when nothing was tabled that round). */
export interface AnswerPair {
  round: number;
  side: SideId;
  parent: Answer['verdict'] | null;
  branch: Answer['verdict'] | null;
}

/** The whole comparison. */
export interface Comparison {
  /** Null when the two logs are the same decision for decision. */
  split: Split | null;
  meters: MeterPair[];
  /** From the round of the split on (none without a split), every round either timeline played. */
  answers: AnswerPair[];
  endings: { parent: Outcome | null; branch: Outcome | null };
}

/** The meters compared, in the order they are shown. */
export const COMPARED_METERS: readonly MeterId[] = [
  'livesLost', 'displaced', 'intensity', 'aseanCredibility', 'th.trustMediator', 'kh.trustMediator', 'th.pressure', 'kh.pressure',
];

/** Deep equality of plain JSON values, ignoring key order (a package's terms may be picked in any order). */
export function sameDecision(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameDecision(ra[k], rb[k]));
}

/** The first decision where the two logs differ, or null when they are the same. */
export function findSplit(parent: readonly MediatorAction[], branch: readonly MediatorAction[]): Split | null {
  const n = Math.max(parent.length, branch.length);
  for (let i = 0; i < n; i++) {
    const p = parent[i] ?? null;
    const b = branch[i] ?? null;
    if (p && b && sameDecision(p, b)) continue;
    return { index: i, round: roundOfDecision(p ? parent : branch, i), parent: p, branch: b };
  }
  return null;
}

/** A meter's value in a game. */
export function meterOf(g: GameState, meter: MeterId): number {
  const dot = meter.indexOf('.');
  if (dot < 0) return g[meter as Exclude<MeterId, `${SideId}.${string}`>] as number;
  const side = meter.slice(0, dot) as SideId;
  return g.sides[side][meter.slice(dot + 1) as 'pressure'] as number;
}

/** A side's verdict in a round of a game, or null when it gave none. */
function verdictIn(g: GameState, round: number, side: SideId): Answer['verdict'] | null {
  return g.reports.find((r) => r.round === round)?.answers.find((a) => a.side === side)?.verdict ?? null;
}

/** Compares two played games already replayed (see `compareTimelines`). */
export function compareGames(parent: GameState, branch: GameState): Comparison {
  const split = findSplit(parent.log, branch.log);
  const meters = COMPARED_METERS.map((meter) => ({ meter, parent: meterOf(parent, meter), branch: meterOf(branch, meter) }));
  const answers: AnswerPair[] = [];
  if (split) {
    const last = Math.max(parent.reports.length, branch.reports.length);
    for (let round = split.round; round <= last; round++) {
      for (const side of SIDES) answers.push({ round, side, parent: verdictIn(parent, round, side), branch: verdictIn(branch, round, side) });
    }
  }
  return { split, meters, answers, endings: { parent: parent.outcome, branch: branch.outcome } };
}

/** Replays both timelines from their seeds in `level` and compares them. */
export function compareTimelines(level: Level, parent: Timeline, branch: Timeline): Comparison {
  return compareGames(replay(level, parent.seed, parent.difficulty, parent.log), replay(level, branch.seed, branch.difficulty, branch.log));
}
