// Turns a resume code back into a game: decode, load its scenario, expand the log and replay it
// from the seed with the sim's own reducers. Every decision in the code must still be legal, so a
// code from another version of a scenario is refused instead of silently drifting. An AM3 code
// also carries the digest of the state it reached: a replay that ends elsewhere (another browser or
// version computing a step differently) is restored and reported with a notice.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { createGame, step } from '../sim/game';
import { decodeLog, encodeLog } from './log-codec';
import { decodeResumeCode, encodeResumeCode } from './resume-code';
import { t } from '../i18n/i18n';
import { stateDigest } from '../sim/digest';

/** Loads a scenario by id, as `loadLevel` in `src/content/levels.ts` does. */
export type LevelLoader = (id: string) => Promise<{ ok: true; level: Level } | { ok: false; errors: string[] }>;

/** A restored game and its scenario, or why it could not be restored. */
export type Restored = { ok: true; level: Level; game: GameState; notice?: string } | { ok: false; message: string };

/** The resume code of a game in `level`. */
export function resumeCodeOf(level: Level, game: GameState): string {
  return encodeResumeCode({ scenarioId: level.id, seed: game.seed, difficulty: game.difficulty, log: encodeLog(level, game.log), digest: stateDigest(game) });
}

/** Replays a compact log in `level`; null if any decision is refused. */
export function replayStrict(level: Level, seed: number, difficulty: GameState['difficulty'], text: string): GameState | null {
  const log = decodeLog(level, text);
  if (!log) return null;
  let game = createGame(level, { seed, difficulty });
  for (const action of log) {
    const r = step(level, game, action);
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
  const { scenarioId, seed, difficulty, log, digest } = read.data;
  let level: Level;
  if (current?.id === scenarioId) {
    level = current;
  } else {
    const loaded = await load(scenarioId).catch(() => null);
    if (!loaded?.ok) return { ok: false, message: t('menu.code.unknownScenario', { id: scenarioId }) };
    level = loaded.level;
  }
  const game = replayStrict(level, seed, difficulty, log);
  if (!game) return { ok: false, message: t('menu.code.doesNotFit') };
  if (digest !== undefined && stateDigest(game) !== digest) return { ok: true, level, game, notice: t('menu.code.diverged') };
  return { ok: true, level, game };
}
