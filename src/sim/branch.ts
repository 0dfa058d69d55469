// "Try again from day N": a finished (or unfinished) game's decisions before day N, replayed from the
// same seed, start a new game in which the player decides again from that day. The new game names
// the game it came from (`GameState.parent`), so its debrief can set the two timelines side by side
// (compare.ts) and its save and resume code can carry the parent along.

import { castDraft, produce } from 'immer';
import type { Level } from './level';
import type { GameState, MediatorAction } from './state';
import { createGame, step } from './game';

/**
 * The decisions made before `round` began: everything up to and including the `round - 1`th
 * end of a round. Null when the log never reached that round.
 */
export function decisionsBefore(log: readonly MediatorAction[], round: number): MediatorAction[] | null {
  if (!Number.isInteger(round) || round < 1) return null;
  if (round === 1) return [];
  let ends = 0;
  for (let i = 0; i < log.length; i++) {
    if (log[i]!.type === 'end_round' && ++ends === round - 1) return log.slice(0, i + 1);
  }
  return null;
}

/** The round each decision of `log` was made in (1 for the first round). */
export function roundOfDecision(log: readonly MediatorAction[], index: number): number {
  let round = 1;
  for (let i = 0; i < index && i < log.length; i++) if (log[i]!.type === 'end_round') round += 1;
  return round;
}

/** The days a game can be tried again from: every day it played (1 up to the day it reached). */
export function branchDays(game: GameState): number[] {
  const last = game.outcome ? game.reports.length : game.round;
  return Array.from({ length: Math.max(0, last) }, (_, i) => i + 1);
}

/**
 * A new game with `game`'s scenario, seed and difficulty and its decisions before `round`, at the
 * start of that round, naming `game` as its parent. Null when `game` never reached `round` or a
 * decision no longer replays (it cannot happen for a game played with these rules).
 */
export function startBranch(level: Level, game: GameState, round: number): GameState | null {
  if (!branchDays(game).includes(round)) return null;
  const before = decisionsBefore(game.log, round);
  if (!before) return null;
  let g = createGame(level, { seed: game.seed, difficulty: game.difficulty });
  for (const action of before) {
    const r = step(level, g, action);
    if (!r.ok) return null;
    g = r.state;
  }
  const log = game.log;
  return produce(g, (d) => {
    d.cues = [];
    d.parent = castDraft({ log, fromRound: round });
  });
}
