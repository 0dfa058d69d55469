// What the menu's Continue button, its resume-code field and the in-game code panel need: the
// autosave slot (written after every decision, cleared when a game ends), restoring a save or a
// code into a RESUME event, and the notices to show (storage that forgets, refused saves, links).

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import type { ViewModel } from '../machines/view-model';
import type { AppEvent } from '../machines/events';
import { makeSave, readSave, verifySave, SAVE_KEY, type SaveV1 } from '../machines/save';
import type { Storage } from '../platform/storage';
import { restoreFromCode, resumeCodeOf, type LevelLoader } from '../platform/restore';
import { t } from '../i18n/i18n';

/** Summary of a game that Continue would open. */
export interface SavedGame {
  levelId: string;
  round: number;
  maxRounds: number;
  difficulty: GameState['difficulty'];
  savedAt: number;
}

/** The resume service the UI draws from. */
export interface ResumePort {
  /** Messages for the menu: storage that forgets, a refused save, a bad link. */
  notices(): string[];
  /** Adds a notice (e.g. from a deep link). */
  notify(message: string): void;
  /** The unfinished saved game, if there is a readable one. */
  saved(current: Level | null): SavedGame | null;
  /** Restores the saved game; on failure a notice says why. Resolves once done. */
  continueSaved(current: Level | null): Promise<boolean>;
  /** Restores a resume code; returns the message to show, or null when the game resumed. */
  enterCode(code: string, current: Level | null): Promise<string | null>;
  /** The resume code of the game on screen, or null. */
  codeOf(vm: ViewModel): string | null;
  /** Saves after a decision (call with every view model). */
  autosave(vm: ViewModel): void;
  /** False when saves are kept in memory only. */
  persistent(): boolean;
}

const PLAYING = new Set(['briefing', 'situation', 'acting', 'responding', 'world', 'debrief']);

/** Creates the resume service over `storage`; `send` delivers RESUME, `load` fetches scenarios. */
export function createResumePort(storage: Storage, send: (e: AppEvent) => void, load: LevelLoader): ResumePort {
  const notices = new Set<string>();
  let lastGame: GameState | null = null;
  let refused: string | null = null;
  const codes = new WeakMap<GameState, string>();

  const read = (): SaveV1 | null => {
    const raw = storage.get<unknown>(SAVE_KEY, null);
    if (raw === null) return null;
    const r = readSave(raw);
    if (!r.ok) {
      refused = r.message;
      return null;
    }
    return r.save.game.outcome ? null : r.save;
  };
  const levelFor = async (id: string, current: Level | null): Promise<Level | null> => {
    if (current?.id === id) return current;
    const r = await load(id).catch(() => null);
    return r?.ok ? r.level : null;
  };
  const resume = (level: Level, game: GameState) => {
    lastGame = game;
    send({ type: 'RESUME', levelId: level.id, level, game });
  };

  return {
    notices: () => {
      read();
      return [...(storage.persistent() ? [] : [t('menu.resume.forgetful')]), ...(refused ? [refused] : []), ...notices];
    },
    notify: (m) => void notices.add(m),
    saved(current) {
      const s = read();
      if (!s) return null;
      if (current?.id === s.levelId) {
        const problem = verifySave(current, s);
        if (problem) {
          refused = problem;
          return null;
        }
      }
      return { levelId: s.levelId, round: s.game.round, maxRounds: s.game.maxRounds, difficulty: s.game.difficulty, savedAt: s.savedAt };
    },
    async continueSaved(current) {
      const s = read();
      if (!s) return false;
      const level = await levelFor(s.levelId, current);
      const problem = level ? verifySave(level, s) : t('menu.resume.unknownScenario', { id: s.levelId });
      if (problem || !level) {
        refused = problem;
        return false;
      }
      resume(level, s.game);
      return true;
    },
    async enterCode(code, current) {
      const r = await restoreFromCode(code, current, load);
      if (!r.ok) return r.message;
      resume(r.level, r.game);
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
      if (!vm.game || !vm.level || vm.game === lastGame || !PLAYING.has(vm.screen)) return;
      lastGame = vm.game;
      if (vm.game.outcome) storage.remove(SAVE_KEY);
      else storage.set(SAVE_KEY, makeSave(vm.level.id, vm.game));
      refused = null;
    },
    persistent: () => storage.persistent(),
  };
}
