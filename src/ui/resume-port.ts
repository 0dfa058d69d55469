// What the menu's Continue buttons, its resume-code field and the in-game code panel need: the
// saved games (src/platform/saves.ts: written after each decision from the first on, a finished
// game taken off), restoring a save or a code into a RESUME event, the question a class link asks
// before it starts a game while another is unfinished, and the notices to show (storage that
// forgets, refused saves, links, a code that replays differently).

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import type { ViewModel } from '../machines/view-model';
import type { AppEvent } from '../machines/events';
import type { Storage } from '../platform/storage';
import { checkLink, entryCode, readSaves, restoreEntry, saveGame, watchSaves, type SaveEntry } from '../platform/saves';
import { restoreFromCode, resumeCodeOf, type LevelLoader } from '../platform/restore';
import { t } from '../i18n/i18n';

/** Summary of a game that Continue would open. */
export interface SavedGame {
  levelId: string;
  round: number;
  maxRounds: number;
  difficulty: GameState['difficulty'];
  savedAt: number;
  /** Decisions taken so far. */
  decisions: number;
  /** Its resume code, when it can be written without loading its scenario. */
  code: string | null;
}

/** A class link that would start a new game while another game is unfinished: the menu asks first. */
export interface LinkQuestion {
  /** The unfinished game. */
  unfinished: SavedGame;
  /** Starts the link's game (the unfinished one stays in the saved games). */
  start(): void;
  /** Continues the unfinished game instead. */
  keep(): Promise<boolean>;
}

/** The resume service the UI draws from. */
export interface ResumePort {
  /** Messages for the menu: storage that forgets, a refused save, a bad link. */
  notices(): string[];
  /** Adds a notice (e.g. from a deep link). */
  notify(message: string): void;
  /** The newest unfinished saved game, if there is a readable one. */
  saved(current: Level | null): SavedGame | null;
  /** Every unfinished saved game, newest first (at most MAX_SAVES). */
  savedGames(current: Level | null): SavedGame[];
  /** Restores the newest saved game, or the `index`-th of `savedGames`; on failure a notice says why. Resolves once done. */
  continueSaved(current: Level | null, index?: number): Promise<boolean>;
  /** What a link about to start a game finds: continue the same game, ask about another, or go ahead. */
  checkLink(levelId: string, difficulty: GameState['difficulty'], seed: number | null, current: Level | null): { same: number | null; other: SavedGame | null };
  /** The question the menu shows before a link replaces an unfinished game, if one is pending. */
  linkQuestion(): LinkQuestion | null;
  /** Sets (or clears, with null) the pending link question. */
  ask(q: LinkQuestion | null): void;
  /** Calls `fn` when the saved games change in another tab. @returns a function that stops it */
  subscribe(fn: () => void, target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
  /** Restores a resume code; returns the message to show, or null when the game resumed. */
  enterCode(code: string, current: Level | null): Promise<string | null>;
  /** The resume code of the game on screen, or null. */
  codeOf(vm: ViewModel): string | null;
  /** Saves after each decision, from the first on (call with every view model). */
  autosave(vm: ViewModel): void;
  /** A notice about the game on screen (a code that replayed to another state than it recorded), or null. */
  noticeFor(game: GameState | null): string | null;
  /** False when saves are kept in memory only. */
  persistent(): boolean;
}

const PLAYING = new Set(['situation', 'acting', 'responding', 'world', 'debrief']);

/** Creates the resume service over `storage`; `send` delivers RESUME, `load` fetches scenarios. */
export function createResumePort(storage: Storage, send: (e: AppEvent) => void, load: LevelLoader): ResumePort {
  const notices = new Set<string>();
  let lastGame: GameState | null = null;
  let refused: string | null = null;
  let question: LinkQuestion | null = null;
  /** The game restored from a code whose replay ended elsewhere, and what to tell the player. */
  let diverged: { scenarioId: string; seed: number; difficulty: string; message: string } | null = null;
  const codes = new WeakMap<GameState, string>();

  const entries = (): SaveEntry[] => {
    const r = readSaves(storage);
    if (r.problem) refused = r.problem;
    return r.games;
  };
  const summary = (e: SaveEntry, current: Level | null): SavedGame => ({
    levelId: e.levelId, round: e.round, maxRounds: e.maxRounds, difficulty: e.difficulty, savedAt: e.savedAt, decisions: e.decisions,
    code: entryCode(current, e),
  });
  const levelFor = async (id: string, current: Level | null): Promise<Level | null> => {
    if (current?.id === id) return current;
    const r = await load(id).catch(() => null);
    return r?.ok ? r.level : null;
  };
  const resume = (level: Level, game: GameState) => {
    lastGame = game;
    question = null;
    send({ type: 'RESUME', levelId: level.id, level, game });
  };

  return {
    notices: () => {
      entries();
      return [...(storage.persistent() ? [] : [t('menu.resume.forgetful')]), ...(refused ? [refused] : []), ...notices];
    },
    notify: (m) => void notices.add(m),
    saved(current) {
      const first = entries()[0];
      return first ? summary(first, current) : null;
    },
    savedGames: (current) => entries().map((e) => summary(e, current)),
    async continueSaved(current, index = 0) {
      const e = entries()[index];
      if (!e) return false;
      const level = await levelFor(e.levelId, current);
      const r = level ? restoreEntry(level, e) : { ok: false as const, message: t('menu.resume.unknownScenario', { id: e.levelId }) };
      if (!r.ok || !level) {
        refused = r.ok ? null : r.message;
        return false;
      }
      resume(level, r.game);
      return true;
    },
    checkLink(levelId, difficulty, seed, current) {
      const games = entries();
      const found = checkLink(games, levelId, difficulty, seed);
      return { same: found.same ? games.indexOf(found.same) : null, other: found.other ? summary(found.other, current) : null };
    },
    linkQuestion: () => question,
    ask: (q) => {
      question = q;
    },
    subscribe: (fn, target = globalThis) => watchSaves(target, fn),
    async enterCode(code, current) {
      const r = await restoreFromCode(code, current, load);
      if (!r.ok) return r.message;
      resume(r.level, r.game);
      diverged = r.notice ? { scenarioId: r.game.scenarioId, seed: r.game.seed, difficulty: r.game.difficulty, message: r.notice } : null;
      return null;
    },
    codeOf(vm) {
      if (!vm.level || !vm.game || vm.game.scenarioId !== vm.level.id) return null;
      let code = codes.get(vm.game);
      if (code === undefined) {
        try {
          code = resumeCodeOf(vm.level, vm.game);
        } catch {
          return null;
        }
        codes.set(vm.game, code);
      }
      return code;
    },
    autosave(vm) {
      // Never while a briefing shows, and only from the first decision on: opening a link or a new
      // game writes nothing, so it cannot replace another tab's unfinished game.
      if (!vm.game || !vm.level || vm.game === lastGame || !PLAYING.has(vm.screen) || vm.game.scenarioId !== vm.level.id) return;
      lastGame = vm.game;
      if (saveGame(storage, vm.level, vm.game) !== 'skipped') refused = null;
    },
    noticeFor: (game) =>
      diverged && game && game.scenarioId === diverged.scenarioId && game.seed === diverged.seed && game.difficulty === diverged.difficulty ? diverged.message : null,
    persistent: () => storage.persistent(),
  };
}
