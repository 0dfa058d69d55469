// The save format: what the autosave writes after every decision and what Continue reads back.
// A save is versioned and migrated step by step; anything that is not a save of this game, comes
// from a newer version, or does not replay to the state it claims is refused with a message key
// (the menu words it in whatever language is chosen when it is shown, never when it is read).

import type { Level } from '../sim/level';
import { DIFFICULTIES } from '../sim/level';
import type { GameState } from '../sim/state';
import { engine } from '../machines/engine-load';
import { msg, type Msg } from '../sim/message';
import { sameJson } from './same-json';

/** The storage key of the one autosave slot. */
export const SAVE_KEY = 'asean-mediator:save';

/** The current save format version. */
export const SAVE_VERSION = 2;

/**
 * A save (format 2): the game state is plain JSON, so it is stored whole. Format 1 held the sim's
 * messages as English sentences; format 2 holds them as keys, so a game reads in any language.
 */
export interface SaveV2 {
  v: typeof SAVE_VERSION;
  levelId: string;
  /** When it was written, in ms since the epoch. */
  savedAt: number;
  game: GameState;
  /**
   * Set on a save migrated from format 1: its round reports are in the old wording, so checking
   * it compares everything else and then takes the reports from the replay.
   */
  legacy?: true;
}

/** One migration: takes a save of version n and returns one of version n + 1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Format 1 → 2: the state is the same apart from the
 * words of its reports, which the check rebuilds by replaying the log (see `verifySave`).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (old) => ({ ...old, v: 2, legacy: true }),
};

/** The result of reading a save: the save, or a message (a key and its arguments) the player can act on. */
export type SaveRead = { ok: true; save: SaveV2 } | { ok: false; notice: Msg };

/** The refusal for anything that is not a readable save of this game. */
const notOurs = (): SaveRead => ({ ok: false, notice: msg('menu.save.notOurs') });

/** Makes the save of `game` for scenario `levelId`. */
export function makeSave(levelId: string, game: GameState, now: number = Date.now()): SaveV2 {
  return { v: SAVE_VERSION, levelId, savedAt: now, game };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a stored value as a save: migrates older versions through `migrations`, refuses newer
 * versions and anything malformed. Never throws.
 */
export function readSave(raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): SaveRead {
  if (!isRecord(raw) || typeof raw['v'] !== 'number' || !Number.isInteger(raw['v'])) return notOurs();
  let save: Record<string, unknown> = raw;
  try {
    while (typeof save['v'] === 'number' && save['v'] < SAVE_VERSION) {
      const migrate = migrations[save['v']];
      if (!migrate) return { ok: false, notice: msg('menu.save.oldFormat', { format: String(save['v']) }) };
      save = migrate(save);
      if (!isRecord(save)) return notOurs();
    }
  } catch {
    return notOurs();
  }
  if (typeof save['v'] === 'number' && save['v'] > SAVE_VERSION) {
    return { ok: false, notice: msg('menu.save.newer') };
  }
  const game = save['game'];
  if (save['v'] !== SAVE_VERSION || typeof save['levelId'] !== 'string' || typeof save['savedAt'] !== 'number' || !isRecord(game)) return notOurs();
  if (typeof game['seed'] !== 'number' || !Array.isArray(game['log']) || !DIFFICULTIES.includes(game['difficulty'] as never) || game['scenarioId'] !== save['levelId']) {
    return notOurs();
  }
  return { ok: true, save: save as unknown as SaveV2 };
}

/** A state without the parts whose wording changed between formats 1 and 2. */
function withoutWords(game: GameState): unknown {
  const { reports: _r, roundChanges: _c, ...rest } = game;
  return { ...rest, reports: game.reports.map((r) => ({ ...r, changes: [], incidents: r.incidents.map((i) => i.id), ceasefire: { from: r.ceasefire.from, to: r.ceasefire.to } })) };
}

/**
 * Checks a save against its scenario by replaying its decision log from its seed: a save that was
 * edited, cut short or written by another version of the scenario does not replay to itself.
 * A save migrated from format 1 gets its reports from the replay (it is updated in place).
 * @returns null when it is sound, else a message key with its arguments
 */
export function verifySave(level: Level, save: SaveV2): Msg | null {
  if (level.id !== save.levelId) return msg('menu.save.otherScenario', { id: save.levelId });
  try {
    const again = engine().replay(level, save.game.seed, save.game.difficulty, save.game.log);
    if (again.log.length !== save.game.log.length) return msg('menu.save.mismatch');
    if (save.legacy) {
      if (!sameJson(withoutWords(again), withoutWords(save.game))) return msg('menu.save.mismatch');
      save.game = again;
      delete save.legacy;
      return null;
    }
    if (sameJson(again, save.game)) return null;
  } catch {
    // A log with nonsense in it fails the same way as an edited one.
  }
  return msg('menu.save.mismatch');
}
