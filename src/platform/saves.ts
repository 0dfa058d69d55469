// The saved-games service over the list in saved-games.ts: what Continue would open, what a class
// link finds, the resume code of a game, and the two steps the app machine's `restoring` invokes
// around loading the scenario (read what a save or a typed code claims, then check it by replay).
// Every refusal is a message key with its arguments, so the menu words it in the language chosen
// when shown.

import type { Difficulty, Level, SideId } from '../sim/level';
import type { GameState } from '../sim/state';
import { msg, type Msg } from '../sim/message';
import type { Restorer } from '../machines/app';
import type { UnfinishedGame } from '../machines/link-question';
import type { ViewModel } from '../machines/view-model';
import { decodeResumeCode, type ResumeData } from './resume-code';
import { replayCode, resumeCodeOrNull } from './restore';
import type { Storage } from './storage';
import { MAX_SAVES, type SaveEntry, readSaves, saveGame, restoreEntry, entryCode, checkLink, watchSaves, entryId } from './saved-games';

export * from './saved-games';

/** A saved game as the menu shows it. */
export interface SavedGame extends UnfinishedGame {
  difficulty: Difficulty;
  savedAt: number;
  /** The delegation the player sits at; absent for the envoy's game. */
  seat?: SideId;
  /** For a game started with "Try again from day N": that day (its parent is the earlier game). */
  branchFrom?: number;
}

/** The saved-games service; as a `Restorer` it reads and checks saves and codes for the app machine. */
export interface Saves extends Restorer {
  /** Messages for the menu: storage that forgets, a refused save, and any added with `notify`. */
  notices(): Msg[];
  /** Adds a notice for the menu (a link's problem, say). */
  notify(message: Msg): void;
  /** The newest unfinished saved game, if there is a readable one (checked by replay when continued). */
  saved(current: Level | null): SavedGame | null;
  /** Every unfinished saved game, newest first (at most MAX_SAVES). */
  savedGames(current: Level | null): SavedGame[];
  /** What a link about to start a game finds: the same game to continue, or another unfinished one to ask about. */
  linkCheck(levelId: string, difficulty: Difficulty, seed: number | null, current: Level | null): { same: SavedGame | null; other: SavedGame | null };
  /** The resume code of a game in its scenario (played at `seat`, when a delegation's), or null when it has none. */
  codeOf(level: Level | null, game: GameState | null, seat?: SideId | null): string | null;
  /** Saves after each decision, from the first on: give it every view model (it writes only when the game changed). */
  autosave(vm: Pick<ViewModel, 'screen' | 'level' | 'game' | 'seat'>): void;
  /** False when saves are kept in memory only. */
  persistent(): boolean;
  /** Calls `fn` when another tab changes the saved games. @returns a function that stops it */
  watch(fn: () => void, target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
}

/** Screens on which the game on screen is the player's game (and so is saved); never the briefing. */
const PLAYING = new Set(['situation', 'acting', 'responding', 'world', 'debrief', 'seat']);

/** What a claim holds, by where it came from. */
type ClaimData = { kind: 'save'; entry: SaveEntry } | { kind: 'code'; data: ResumeData };

/** Creates the service over `storage`. */
export function createSaves(storage: Storage): Saves {
  const notices: Msg[] = [];
  let lastGame: GameState | null = null;
  let refused: Msg | null = null;
  const codes = new WeakMap<GameState, { seat: SideId | null; code: string }>();

  const entries = (): SaveEntry[] => {
    const r = readSaves(storage);
    if (r.problem) refused = r.problem;
    return r.games;
  };
  const summary = (e: SaveEntry, current: Level | null): SavedGame => ({
    id: entryId(e), levelId: e.levelId, round: e.round, maxRounds: e.maxRounds, difficulty: e.difficulty, savedAt: e.savedAt,
    decisions: e.decisions, code: entryCode(current, e), ...(e.seat ? { seat: e.seat } : {}), ...(e.parent ? { branchFrom: e.parent.fromRound } : {}),
  });
  /** The saved game a request names: by id, else (the same game written again since) by scenario, seed and difficulty. */
  const find = (games: SaveEntry[], id: string | undefined): SaveEntry | null => {
    if (id === undefined) return games[0] ?? null;
    const exact = games.find((e) => entryId(e) === id);
    if (exact) return exact;
    const game = id.split('~').slice(0, 3).join('~');
    return games.find((e) => entryId(e).startsWith(`${game}~`)) ?? null;
  };
  return {
    notices: () => {
      entries();
      return [...(storage.persistent() ? [] : [msg('menu.resume.forgetful')]), ...(refused ? [refused] : []), ...notices];
    },
    notify: (m) => {
      if (!notices.some((n) => n.key === m.key && JSON.stringify(n.args) === JSON.stringify(m.args))) notices.push(m);
    },
    saved(current) {
      const first = entries()[0];
      return first ? summary(first, current) : null;
    },
    savedGames: (current) => entries().map((e) => summary(e, current)),
    linkCheck(levelId, difficulty, seed, current) {
      const found = checkLink(entries(), levelId, difficulty, seed);
      return { same: found.same && summary(found.same, current), other: found.other && summary(found.other, current) };
    },
    async read(request) {
      if (request.kind === 'code') {
        const r = decodeResumeCode(request.code);
        if (!r.ok) return r;
        const data: ClaimData = { kind: 'code', data: r.data };
        return { ok: true, claim: { levelId: r.data.scenarioId, data, unknownScenario: msg('menu.code.unknownScenario', { id: r.data.scenarioId }) } };
      }
      const games = entries();
      const entry = find(games, request.id);
      if (!entry) return { ok: false, notice: request.id !== undefined ? msg('menu.save.gone') : refused ?? msg('menu.save.notOurs') };
      const data: ClaimData = { kind: 'save', entry };
      return { ok: true, claim: { levelId: entry.levelId, data, unknownScenario: msg('menu.resume.unknownScenario', { id: entry.levelId }) } };
    },
    async check(level, claim) {
      const data = claim.data as ClaimData;
      if (data.kind === 'code') {
        // An AM5 code's seat comes back with the game, so it goes on at that seat.
        const r = replayCode(level, data.data);
        if (r.ok) lastGame = r.game;
        return r;
      }
      const r = restoreEntry(level, data.entry);
      if (!r.ok) return { ok: false, notice: r.notice };
      // The restored game is the one on screen from now on: no need to write it back at once.
      lastGame = r.game;
      // A game played at a delegation's seat goes on at that seat.
      return { ok: true, level, game: r.game, ...(data.entry.seat ? { seat: data.entry.seat } : {}) };
    },
    codeOf(level, game, seat = null) {
      if (!level || !game || game.scenarioId !== level.id) return null;
      const known = codes.get(game);
      if (known && known.seat === seat) return known.code;
      const code = resumeCodeOrNull(level, game, seat);
      if (code !== null) codes.set(game, { seat, code });
      return code;
    },
    autosave(vm) {
      // Never while a briefing shows, and only from the first decision on: opening a link or a new
      // game writes nothing, so it cannot replace another tab's unfinished game.
      if (!vm.game || !vm.level || vm.game === lastGame || !PLAYING.has(vm.screen) || vm.game.scenarioId !== vm.level.id) return;
      lastGame = vm.game;
      if (saveGame(storage, vm.level, vm.game, Date.now(), vm.seat?.side) !== 'skipped') refused = null;
    },
    persistent: () => storage.persistent(),
    watch: (fn, target = globalThis) => watchSaves(target, fn),
  };
}
