// Turns a resume code back into a game: decode, load its scenario, expand the log and replay it
// from the seed with the sim's own reducers. Every decision in the code must still be legal, so a
// code from another version of a scenario is refused instead of silently drifting. An AM3 code
// also carries the digest of the state it reached: a replay that ends elsewhere (another browser or
// version computing a step differently) is restored and reported with a notice. An AM4 code is a
// branch ("Try again from day N"): its parent's log is checked the same way and kept on the game.
// An AM5 code was a game at a delegation's seat: the restored game goes on at that seat.

import type { Level, SideId } from '../sim/level';
import type { GameState } from '../sim/state';
import { engine, loadEngine } from '../machines/engine-load';
import { decodeLog, encodeLog } from './log-codec';
import { decodeResumeCode, encodeResumeCode, type ResumeData } from './resume-code';
import { parentDataOf, withParent } from './branch-parent';
import { msg } from '../sim/message';
import { stateDigest } from '../sim/digest';
import type { Restored } from '../machines/app';

/** Loads a scenario by id, as `loadLevel` in `src/content/levels.ts` does. */
export type LevelLoader = (id: string) => Promise<{ ok: true; level: Level } | { ok: false; errors: string[] }>;

/**
 * A restored game and its scenario, or why it could not be restored (the app machine's `restore`
 * result); a restored game may carry a notice (its replay did not reach the code's digest).
 */
export type { Restored };

/** The resume code of a game in `level`, played at `seat` when it is a delegation's (an AM5 code), else as the envoy. */
export function resumeCodeOf(level: Level, game: GameState, seat?: SideId | null): string {
  const parent = parentDataOf(level, game);
  return encodeResumeCode({
    scenarioId: level.id, seed: game.seed, difficulty: game.difficulty, log: encodeLog(level, game.log), digest: stateDigest(game), ...(parent ? { parent } : {}),
    ...(seat ? { seat } : {}),
  });
}

/** `resumeCodeOf`, or null when the game's code cannot be written (for exports, which go on without it). */
export function resumeCodeOrNull(level: Level, game: GameState, seat?: SideId | null): string | null {
  try {
    return resumeCodeOf(level, game, seat);
  } catch {
    return null;
  }
}

/** Replays a compact log in `level`; null if any decision is refused. */
export function replayStrict(level: Level, seed: number, difficulty: GameState['difficulty'], text: string): GameState | null {
  const log = decodeLog(level, text);
  if (!log) return null;
  let game = engine().createGame(level, { seed, difficulty });
  for (const action of log) {
    const r = engine().step(level, game, action);
    if (!r.ok) return null;
    game = r.state;
  }
  return game;
}

/**
 * Restores the game a code describes. `current` is the scenario already loaded (used when the code
 * names it, so a teacher's own scenario file works too); others are loaded with `load`.
 */
export async function restoreFromCode(code: string, current: Level | null, load: LevelLoader): Promise<Restored> {
  const read = decodeResumeCode(code);
  if (!read.ok) return read;
  await loadEngine();
  const { scenarioId } = read.data;
  let level: Level;
  if (current?.id === scenarioId) {
    level = current;
  } else {
    const loaded = await load(scenarioId).catch(() => null);
    if (!loaded?.ok) return { ok: false, notice: msg('menu.code.unknownScenario', { id: scenarioId }) };
    level = loaded.level;
  }
  return replayCode(level, read.data);
}

/**
 * Replays a decoded code in its scenario: refused when a decision no longer fits; restored with a
 * notice when the replay ends in another state than the code's digest recorded (AM3 codes); with
 * its seat when it was a delegation's game (AM5 codes).
 */
export function replayCode(level: Level, data: ResumeData): Restored {
  const played = replayStrict(level, data.seed, data.difficulty, data.log);
  const game = played && withParent(level, played, data.parent);
  if (!game) return { ok: false, notice: msg('menu.code.doesNotFit') };
  const seat = data.seat ? { seat: data.seat } : {};
  if (data.digest !== undefined && stateDigest(game) !== data.digest) return { ok: true, level, game, notice: msg('menu.code.diverged'), ...seat };
  return { ok: true, level, game, ...seat };
}
