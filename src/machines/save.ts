// The save format: what the autosave writes after every decision and what Continue reads back.
// A save is versioned and migrated step by step; anything that is not a save of this game, comes
// from a newer version, or does not replay to the state it claims is refused with a message.

import type { Level } from '../sim/level';
import { DIFFICULTIES } from '../sim/level';
import type { GameState } from '../sim/state';
import { replay } from '../sim/game';
import { sameJson } from './same-json';

/** The storage key of the one autosave slot. */
export const SAVE_KEY = 'asean-mediator:save';

/** The current save format version. */
export const SAVE_VERSION = 1;

/** A save of version 1: the game state is plain JSON, so it is stored whole. */
export interface SaveV1 {
  v: 1;
  levelId: string;
  /** When it was written, in ms since the epoch. */
  savedAt: number;
  game: GameState;
}

/** One migration: takes a save of version n and returns one of version n + 1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first shipped format, so the table
 * is empty; a future format adds `1: (s) => ({ ...s, v: 2, … })` here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The result of reading a save: the save, or a message the player can read. */
export type SaveRead = { ok: true; save: SaveV1 } | { ok: false; message: string };

const NOT_OURS = 'The saved game in this browser could not be read (it is damaged or not from this game), so it was not loaded.';

/** Makes the save of `game` for scenario `levelId`. */
export function makeSave(levelId: string, game: GameState, now: number = Date.now()): SaveV1 {
  return { v: 1, levelId, savedAt: now, game };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a stored value as a save: migrates older versions through `migrations`, refuses newer
 * versions and anything malformed. Never throws.
 */
export function readSave(raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): SaveRead {
  if (!isRecord(raw) || typeof raw['v'] !== 'number' || !Number.isInteger(raw['v'])) return { ok: false, message: NOT_OURS };
  let save: Record<string, unknown> = raw;
  try {
    while (typeof save['v'] === 'number' && save['v'] < SAVE_VERSION) {
      const migrate = migrations[save['v']];
      if (!migrate) return { ok: false, message: `The saved game is from an old version (format ${String(save['v'])}) that this game can no longer read.` };
      save = migrate(save);
      if (!isRecord(save)) return { ok: false, message: NOT_OURS };
    }
  } catch {
    return { ok: false, message: NOT_OURS };
  }
  if (typeof save['v'] === 'number' && save['v'] > SAVE_VERSION) {
    return { ok: false, message: 'The saved game comes from a newer version of ASEAN Mediator. Open that version to continue it, or start a new game here.' };
  }
  const game = save['game'];
  if (save['v'] !== 1 || typeof save['levelId'] !== 'string' || typeof save['savedAt'] !== 'number' || !isRecord(game)) return { ok: false, message: NOT_OURS };
  if (typeof game['seed'] !== 'number' || !Array.isArray(game['log']) || !DIFFICULTIES.includes(game['difficulty'] as never) || game['scenarioId'] !== save['levelId']) {
    return { ok: false, message: NOT_OURS };
  }
  return { ok: true, save: save as unknown as SaveV1 };
}

/**
 * Checks a save against its scenario by replaying its decision log from its seed: a save that was
 * edited, cut short or written by another version of the scenario does not replay to itself.
 * @returns null when it is sound, else a message
 */
export function verifySave(level: Level, save: SaveV1): string | null {
  if (level.id !== save.levelId) return `The saved game is for another scenario ("${save.levelId}").`;
  try {
    const again = replay(level, save.game.seed, save.game.difficulty, save.game.log);
    if (again.log.length === save.game.log.length && sameJson(again, save.game)) return null;
  } catch {
    // A log with nonsense in it fails the same way as an edited one.
  }
  return 'The saved game does not match its own history (it was changed or damaged), so it was not loaded.';
}

/** The round screen a game resumes on: after a lever the envoy is still acting, after a package the answers are shown, after a round's end its report. */
export type ResumePhase = 'situation' | 'acting' | 'responding' | 'world';

/** Where in the round a game stands, from its last decision. */
export function phaseOf(game: GameState): ResumePhase {
  const last = game.log[game.log.length - 1];
  if (!last) return 'situation';
  if (last.type === 'end_round') return 'world';
  if (last.type === 'propose') return 'responding';
  return 'acting';
}
