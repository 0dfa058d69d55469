// "Try again from day N": a finished (or unfinished) game's decisions before day N, replayed from the
// same seed, start a new game in which the player decides again from that day. The new game names
// the game it came from (`GameState.parent`), so its debrief can set the two timelines side by side
// (compare.ts) and its save and resume code can carry the parent along.

import { castDraft, produce } from 'immer';
import type { Level } from './level';
import type { GameState, MediatorAction } from './state';
import { createGame, step } from './game';
import { branchDays, decisionsBefore } from './branch-log';

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
  return withParentLog(produce(g, (d) => {
    d.cues = [];
  }), game.log, round);
}

/** `game` naming the game of `log` as its parent, from day `fromRound`; frozen, like every state the views see. */
export function withParentLog(game: GameState, log: readonly MediatorAction[], fromRound: number): GameState {
  return produce(game, (d) => {
    d.parent = castDraft({ log: [...log], fromRound });
  });
}
