// Saved games in this browser: the one autosave slot (written after every decision, cleared when
// a game ends), what Continue would open, the resume code of a game, and the `restore` the app
// machine invokes for Continue or a typed code (read or decode, load the scenario with the same
// loader as a new game, check by replay). Every refusal is a message key with its arguments, so
// the menu words it in the language chosen when it is shown.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { msg, type Msg } from '../sim/message';
import type { Restored, RestoreInput } from '../machines/app';
import type { ViewModel } from '../machines/view-model';
import { makeSave, readSave, verifySave, SAVE_KEY, type SaveV2 } from './save-format';
import type { Storage } from './storage';
import { restoreFromCode, resumeCodeOf, type LevelLoader } from './restore';

/** Summary of a game that Continue would open. */
export interface SavedGame {
  levelId: string;
  round: number;
  maxRounds: number;
  difficulty: GameState['difficulty'];
  savedAt: number;
}

/** The saved-games service. */
export interface Saves {
  /** Messages for the menu: storage that forgets, a refused save, and any added with `notify`. */
  notices(): Msg[];
  /** Adds a notice for the menu (a link's problem, say). */
  notify(message: Msg): void;
  /** The unfinished saved game, if there is a readable one (checked by replay when its scenario is loaded). */
  saved(current: Level | null): SavedGame | null;
  /** The unfinished save as stored (not checked by replay), or null. */
  unfinished(): SaveV2 | null;
  /** The app machine's restore: the autosave or a resume code, as a game in its scenario or a message. */
  restore(input: RestoreInput): Promise<Restored>;
  /** The resume code of a game in its scenario, or null when it has none. */
  codeOf(level: Level | null, game: GameState | null): string | null;
  /** Saves after a decision: give it every view model (it writes only when the game changed). */
  autosave(vm: Pick<ViewModel, 'screen' | 'level' | 'game'>): void;
  /** False when saves are kept in memory only. */
  persistent(): boolean;
}

/** Screens on which the game on screen is the player's game (and so is saved). */
const PLAYING = new Set(['briefing', 'situation', 'acting', 'responding', 'world', 'debrief']);

/** Creates the service over `storage`; `load` fetches scenarios (the same loader as a new game). */
export function createSaves(storage: Storage, load: LevelLoader): Saves {
  const notices: Msg[] = [];
  let lastGame: GameState | null = null;
  let refused: Msg | null = null;
  const codes = new WeakMap<GameState, string>();

  const read = (): SaveV2 | null => {
    const raw = storage.get<unknown>(SAVE_KEY, null);
    if (raw === null) return null;
    const r = readSave(raw);
    if (!r.ok) {
      refused = r.notice;
      return null;
    }
    return r.save.game.outcome ? null : r.save;
  };
  const levelFor = async (id: string, current: Level | null): Promise<Level | null> => {
    if (current?.id === id) return current;
    const r = await load(id).catch(() => null);
    return r?.ok ? r.level : null;
  };
  const restoreSave = async (current: Level | null): Promise<Restored> => {
    const s = read();
    if (!s) return { ok: false, notice: refused ?? msg('menu.save.notOurs') };
    const level = await levelFor(s.levelId, current);
    const problem = level ? verifySave(level, s) : msg('menu.resume.unknownScenario', { id: s.levelId });
    if (problem || !level) {
      refused = problem;
      return { ok: false, notice: problem ?? msg('menu.save.notOurs') };
    }
    return { ok: true, level, game: s.game };
  };

  return {
    notices: () => {
      read();
      return [...(storage.persistent() ? [] : [msg('menu.resume.forgetful')]), ...(refused ? [refused] : []), ...notices];
    },
    notify: (m) => {
      if (!notices.some((n) => n.key === m.key && JSON.stringify(n.args) === JSON.stringify(m.args))) notices.push(m);
    },
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
    unfinished: () => read(),
    async restore({ request, current }) {
      const r = request.kind === 'save' ? await restoreSave(current) : await restoreFromCode(request.code, current, load);
      // The restored game is the one on screen from now on: no need to write it back at once.
      if (r.ok) lastGame = r.game;
      return r;
    },
    codeOf(level, game) {
      if (!level || !game || game.scenarioId !== level.id) return null;
      let code = codes.get(game);
      if (code === undefined) {
        try {
          code = resumeCodeOf(level, game);
        } catch {
          return null;
        }
        codes.set(game, code);
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
