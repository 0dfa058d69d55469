// The saved games of this browser: the last few unfinished games, newest first, each stored as its
// scenario, seed, difficulty and compact decision log (about a hundred characters, see
// log-codec.ts) with the digest of the state it reached, and rebuilt by replaying the log. A save
// is written only after a game's first decision (never while a briefing shows); a game that ends
// leaves the list. Another tab's writes arrive as `storage` events (`watchSaves`), and every write
// reads the list afresh, so two tabs add their games side by side instead of the last one
// replacing the other's. When the browser refuses a write (full storage), the game's older entry
// is taken out of the browser's storage, so a reload never offers it as the current state.
//
// Format 3 (this file) replaced format 2, the whole 9–14 KB state in one slot under another key
// (save-format.ts); such a save is migrated on read into an entry of the list (its log kept as
// decisions until the game is saved again), and checked like any other entry when it is continued.
// A game started with "Try again from day N" also stores its parent (`parent`, optional, so entries
// written before it existed read as before, and a version that predates it continues the game
// without the comparison).

import type { Difficulty, Level, SideId } from '../sim/level';
import { DIFFICULTIES } from '../sim/level';
import type { GameState, MediatorAction } from '../sim/state';
import { engine } from '../machines/engine-load';
import { stateDigest } from '../sim/digest';
import { msg, type Msg } from '../sim/message';
import { decodeLog, encodeLog } from './log-codec';
import { encodeResumeCode } from './resume-code';
import { readSave, SAVE_KEY } from './save-format';
import { parentDataOf, withParent, type ParentData } from './branch-parent';
import type { Storage } from './storage';

/** The storage key of the list of saved games (format 3). */
export const SAVES_KEY = 'asean-mediator:saves';
/** The storage key of the one save of formats 1 and 2, migrated on read. */
export const LEGACY_SAVE_KEY = SAVE_KEY;
/** The current format. */
export const SAVES_VERSION = 3;
/** Games kept; the oldest beyond this is dropped. */
export const MAX_SAVES = 5;

/** One saved, unfinished game. */
export interface SaveEntry {
  levelId: string;
  seed: number;
  difficulty: Difficulty;
  /** The decision log in compact form (log-codec.ts). */
  log: string;
  /** A save migrated from format 2 holds its decisions as they were stored there, until saved again. */
  actions?: MediatorAction[];
  /** Decisions in the log, the round reached and the scenario's rounds, for the menu. */
  decisions: number;
  round: number;
  maxRounds: number;
  /** When it was written, in ms since the epoch. */
  savedAt: number;
  /** The digest of the state the log reaches (src/sim/digest.ts). */
  digest: string;
  /** A branch's parent: its compact log and the day the branch decided again from (branch-parent.ts). */
  parent?: ParentData;
  /** The delegation the player sits at, for a game played at a delegation's seat (absent: the envoy). */
  seat?: SideId;
}

/** What is stored under SAVES_KEY. */
interface SaveFile {
  v: 3;
  games: SaveEntry[];
}

/** The saved games, and a message key when something stored could not be read. */
export interface SavesRead {
  games: SaveEntry[];
  problem: Msg | null;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The entry of `game` in `level`. @throws if its log uses a term the level lacks */
export function entryOf(level: Level, game: GameState, now: number = Date.now(), seat?: SideId): SaveEntry {
  return {
    levelId: level.id, seed: game.seed, difficulty: game.difficulty, log: encodeLog(level, game.log), decisions: game.log.length,
    round: game.round, maxRounds: game.maxRounds, savedAt: now, digest: stateDigest(game), ...withParentData(level, game), ...(seat ? { seat } : {}),
  };
}

/** `{ parent }` for a branch, nothing for any other game. */
function withParentData(level: Level, game: GameState): { parent?: ParentData } {
  const parent = parentDataOf(level, game);
  return parent ? { parent } : {};
}

/** Whether a stored parent is one this version can use (or absent). */
function isParent(x: unknown): boolean {
  return x === undefined || (isRecord(x) && typeof x['log'] === 'string' && Number.isInteger(x['fromRound']));
}

/** Whether a stored value is an entry this version can use. */
function isEntry(x: unknown): x is SaveEntry {
  if (!isRecord(x)) return false;
  return typeof x['levelId'] === 'string' && Number.isInteger(x['seed']) && DIFFICULTIES.includes(x['difficulty'] as Difficulty) &&
    typeof x['log'] === 'string' && (x['actions'] === undefined || Array.isArray(x['actions'])) && Number.isInteger(x['decisions']) &&
    Number.isInteger(x['round']) && Number.isInteger(x['maxRounds']) && typeof x['savedAt'] === 'number' && typeof x['digest'] === 'string' && isParent(x['parent']) &&
    (x['seat'] === undefined || x['seat'] === 'th' || x['seat'] === 'kh');
}

/**
 * A format 1 or 2 save (read and migrated to format 2 by save-format.ts) as an entry; 'over' when
 * its game had ended; a message when it is not a save this version can read.
 */
function migrateLegacy(raw: unknown): SaveEntry | 'over' | Msg {
  const r = readSave(raw);
  if (!r.ok) return r.notice;
  const g = r.save.game;
  if (!isRecord(g.sides)) return msg('menu.save.notOurs');
  if (g.outcome) return 'over';
  let digest: string;
  try {
    digest = stateDigest(g);
  } catch {
    return msg('menu.save.notOurs');
  }
  return {
    levelId: r.save.levelId, seed: g.seed, difficulty: g.difficulty, log: '', actions: g.log, decisions: g.log.length,
    round: Number(g.round) || 1, maxRounds: Number(g.maxRounds) || 1, savedAt: r.save.savedAt, digest,
  };
}

/** The stored list as it is, without migrating. */
function readList(storage: Storage): SavesRead {
  const raw = storage.get<unknown>(SAVES_KEY, null);
  if (raw === null) return { games: [], problem: null };
  if (isRecord(raw) && typeof raw['v'] === 'number' && raw['v'] > SAVES_VERSION) return { games: [], problem: msg('menu.save.newer') };
  if (!isRecord(raw) || raw['v'] !== SAVES_VERSION || !Array.isArray(raw['games'])) return { games: [], problem: msg('menu.save.notOurs') };
  const games = raw['games'].filter(isEntry);
  return { games, problem: games.length === raw['games'].length ? null : msg('menu.save.notOurs') };
}

/**
 * The saved games, newest first. A format 1 or 2 save found under the old key is migrated into
 * the list (and the old key removed) as it is read. Never throws.
 */
export function readSaves(storage: Storage): SavesRead {
  const list = readList(storage);
  const legacy = storage.get<unknown>(LEGACY_SAVE_KEY, null);
  if (legacy === null) return list;
  const entry = migrateLegacy(legacy);
  if (entry !== 'over' && 'key' in entry) return { games: list.games, problem: list.problem ?? entry };
  const games = entry === 'over' ? list.games : sortNewest([...list.games, entry]).slice(0, MAX_SAVES);
  if (storage.set(SAVES_KEY, { v: SAVES_VERSION, games } satisfies SaveFile)) storage.remove(LEGACY_SAVE_KEY);
  return { games, problem: list.problem };
}

const sortNewest = (games: SaveEntry[]): SaveEntry[] => games.slice().sort((a, b) => b.savedAt - a.savedAt);

/** An entry's decisions in `level`; null when they do not fit it. */
export function entryActions(level: Level, entry: SaveEntry): MediatorAction[] | null {
  return entry.actions ?? decodeLog(level, entry.log);
}

/** The entry's compact log in `level` (encoded from its decisions for a migrated save); null if they do not fit. */
function entryLog(level: Level, entry: SaveEntry): string | null {
  if (!entry.actions) return entry.log;
  try {
    return encodeLog(level, entry.actions);
  } catch {
    return null;
  }
}

/** Whether `entry` is an earlier (or the same) moment of `game`: same scenario, seed and difficulty, and its log a prefix of the game's. */
export function isEntryOf(level: Level, entry: SaveEntry, game: GameState, gameLog: string = encodeLog(level, game.log)): boolean {
  if (entry.levelId !== level.id || entry.seed !== game.seed || entry.difficulty !== game.difficulty || entry.decisions > game.log.length) return false;
  const log = entryLog(level, entry);
  return log !== null && gameLog.startsWith(log);
}

/** What a write did: stored in the browser, kept only in this page's memory (the browser refused), or nothing to write. */
export type SaveWrite = 'stored' | 'memory' | 'skipped';

/**
 * Records `game` in the list: after its first decision, as the newest entry in place of its own
 * earlier entry; a finished game is taken off the list. Reads the list afresh, so other tabs'
 * games stay. When the browser refuses the write, the game's older entry is taken out of the
 * browser's storage (the whole list, if even that is refused), so a reload cannot offer it.
 */
export function saveGame(storage: Storage, level: Level, game: GameState, now: number = Date.now(), seat?: SideId): SaveWrite {
  if (!game.outcome && game.log.length === 0) return 'skipped';
  let gameLog: string;
  try {
    gameLog = encodeLog(level, game.log);
  } catch {
    return 'skipped';
  }
  const others = readSaves(storage).games.filter((e) => !isEntryOf(level, e, game, gameLog));
  const games = game.outcome ? others : [entryOf(level, game, now, seat), ...others].slice(0, MAX_SAVES);
  if (storage.set(SAVES_KEY, { v: SAVES_VERSION, games } satisfies SaveFile)) return 'stored';
  if (!storage.persist(SAVES_KEY, { v: SAVES_VERSION, games: others } satisfies SaveFile)) storage.persist(SAVES_KEY, undefined);
  return 'memory';
}

/** A restored entry: its game, or a message key the menu words. */
export type EntryRestore = { ok: true; game: GameState } | { ok: false; notice: Msg };

/**
 * Rebuilds a saved game by replaying its log from its seed. Every decision must still be allowed
 * (shape and rules), and the replay must reach the digest it recorded, else it is refused.
 */
export function restoreEntry(level: Level, entry: SaveEntry): EntryRestore {
  if (level.id !== entry.levelId) return { ok: false, notice: msg('menu.save.otherScenario', { id: entry.levelId }) };
  const actions = entryActions(level, entry);
  if (!actions || actions.length !== entry.decisions) return { ok: false, notice: msg('menu.save.mismatch') };
  let g: GameState;
  try {
    // With the sim's own reducer, so the restored state is frozen like every state the views see.
    g = engine().createGame(level, { seed: entry.seed, difficulty: entry.difficulty });
    for (const a of actions) {
      const r = engine().step(level, g, a);
      if (!r.ok) return { ok: false, notice: msg('menu.save.mismatch') };
      g = r.state;
    }
  } catch {
    return { ok: false, notice: msg('menu.save.mismatch') };
  }
  if (stateDigest(g) !== entry.digest) return { ok: false, notice: msg('menu.save.diverged') };
  const branch = withParent(level, g, entry.parent);
  if (!branch) return { ok: false, notice: msg('menu.save.mismatch') };
  return { ok: true, game: branch };
}

/** The resume code of a saved game, with its seat when it has one (null when its decisions do not fit `level`). */
export function entryCode(level: Level | null, entry: SaveEntry): string | null {
  const log = entry.actions ? (level && level.id === entry.levelId ? entryLog(level, entry) : null) : entry.log;
  if (log === null) return null;
  return encodeResumeCode({
    scenarioId: entry.levelId, seed: entry.seed, difficulty: entry.difficulty, log, digest: entry.digest, ...(entry.parent ? { parent: entry.parent } : {}),
    ...(entry.seat ? { seat: entry.seat } : {}),
  });
}

/** What a link that starts a game finds among the saved games. */
export interface LinkCheck {
  /** The newest unfinished game of the same scenario, difficulty and (if the link names one) seed: continue it. */
  same: SaveEntry | null;
  /** Otherwise the newest unfinished game, which the player should be asked about before a new game starts. */
  other: SaveEntry | null;
}

/** Looks for an unfinished game before a link starts a new one. */
export function checkLink(games: readonly SaveEntry[], levelId: string, difficulty: Difficulty, seed: number | null): LinkCheck {
  const same = games.find((e) => e.levelId === levelId && e.difficulty === difficulty && (seed === null || e.seed === seed)) ?? null;
  return { same, other: same ? null : games[0] ?? null };
}

/** Calls `fn` whenever another tab changes the saved games (or clears storage). @returns a function that stops it */
export function watchSaves(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, fn: () => void): () => void {
  const listener = (e: Event) => {
    const key = (e as StorageEvent).key;
    if (key === null || key === SAVES_KEY || key === LEGACY_SAVE_KEY) fn();
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}

/** The id naming a saved game in a RESTORE request: its scenario, seed, difficulty and when it was written. */
export function entryId(e: Pick<SaveEntry, 'levelId' | 'seed' | 'difficulty' | 'savedAt'>): string {
  return `${e.levelId}~${e.seed}~${e.difficulty}~${e.savedAt}`;
}
