// The parent a branch's save or resume code names ("Try again from day N"): its compact log and
// the day the branch decided again from. Read back, the parent's log must replay with the sim's own
// rules from the branch's seed and have reached that day, or the save or code is refused as one
// that does not fit, like any other log.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { engine } from '../machines/engine-load';
import { decodeLog, encodeLog } from './log-codec';
import type { ParentData } from './resume-code';

export type { ParentData };

/** The parent of `game` in compact form, or undefined for a game that is not a branch. @throws if its log uses a term the level lacks */
export function parentDataOf(level: Level, game: GameState): ParentData | undefined {
  return game.parent ? { log: encodeLog(level, game.parent.log), fromRound: game.parent.fromRound } : undefined;
}

/**
 * `game` with the parent a save or code names, once the parent's log replays in `level` (same seed
 * and difficulty) and reached the day the branch starts from; `game` itself when it names none;
 * null when the parent does not fit.
 */
export function withParent(level: Level, game: GameState, parent: ParentData | undefined): GameState | null {
  if (!parent) return game;
  const log = decodeLog(level, parent.log);
  if (!log) return null;
  let g = engine().createGame(level, { seed: game.seed, difficulty: game.difficulty });
  for (const action of log) {
    const r = engine().step(level, g, action);
    if (!r.ok) return null;
    g = r.state;
  }
  if (!Number.isInteger(parent.fromRound) || parent.fromRound < 1 || parent.fromRound > Math.max(1, g.reports.length)) return null;
  return engine().withParentLog(game, g.log, parent.fromRound);
}
