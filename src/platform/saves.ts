// Saved games in this browser: the one autosave slot (written after every decision, cleared when
// a game ends), what Continue would open, the resume code of a game, and the two steps the app
// machine's `restoring` invokes around loading the scenario: read what the save or a typed code
// claims, then check it by replay. Every refusal is a message key with its arguments, so the menu
// words it in the language chosen when it is shown.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { msg, type Msg } from '../sim/message';
import type { Restorer } from '../machines/app';
import type { ViewModel } from '../machines/view-model';
import { makeSave, readSave, verifySave, SAVE_KEY, type SaveV2 } from './save-format';
import type { Storage } from './storage';
import { replayStrict, resumeCodeOf } from './restore';
import { decodeResumeCode, type ResumeData } from './resume-code';

/** Summary of a game that Continue would open. */
export interface SavedGame {
  levelId: string;
  round: number;
  maxRounds: number;
  difficulty: GameState['difficulty'];
  savedAt: number;
}

/** The saved-games service; as a `Restorer` it reads and checks saves and codes for the app machine. */
export interface Saves extends Restorer {
  /** Messages for the menu: storage that forgets, a refused save, and any added with `notify`. */
  notices(): Msg[];
  /** Adds a notice for the menu (a link's problem, say). */
  notify(message: Msg): void;
  /** The unfinished saved game, if there is a readable one (checked by replay when its scenario is loaded). */
  saved(current: Level | null): SavedGame | null;
  /** The unfinished save as stored (not checked by replay), or null. */
  unfinished(): SaveV2 | null;
  /** The resume code of a game in its scenario, or null when it has none. */
  codeOf(level: Level | null, game: GameState | null): string | null;
  /** Saves after a decision: give it every view model (it writes only when the game changed). */
  autosave(vm: Pick<ViewModel, 'screen' | 'level' | 'game'>): void;
  /** False when saves are kept in memory only. */
  persistent(): boolean;
}

/** Screens on which the game on screen is the player's game (and so is saved). */
const PLAYING = new Set(['briefing', 'situation', 'acting', 'responding', 'world', 'debrief']);

/** What a claim holds, by where it came from. */
type ClaimData = { kind: 'save'; save: SaveV2 } | { kind: 'code'; data: ResumeData };

/** Creates the service over `storage`. */
export function createSaves(storage: Storage): Saves {
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
    async read(request) {
      if (request.kind === 'code') {
        const r = decodeResumeCode(request.code);
        if (!r.ok) return r;
        const data: ClaimData = { kind: 'code', data: r.data };
        return { ok: true, claim: { levelId: r.data.scenarioId, data, unknownScenario: msg('menu.code.unknownScenario', { id: r.data.scenarioId }) } };
      }
      const save = read();
      if (!save) return { ok: false, notice: refused ?? msg('menu.save.notOurs') };
      const data: ClaimData = { kind: 'save', save };
      return { ok: true, claim: { levelId: save.levelId, data, unknownScenario: msg('menu.resume.unknownScenario', { id: save.levelId }) } };
    },
    async check(level, claim) {
      const data = claim.data as ClaimData;
      let game: GameState | null;
      if (data.kind === 'code') {
        const { seed, difficulty, log } = data.data;
        game = replayStrict(level, seed, difficulty, log);
        if (!game) return { ok: false, notice: msg('menu.code.doesNotFit') };
      } else {
        const problem = verifySave(level, data.save);
        if (problem) {
          refused = problem;
          return { ok: false, notice: problem };
        }
        game = data.save.game;
      }
      // The restored game is the one on screen from now on: no need to write it back at once.
      lastGame = game;
      return { ok: true, level, game };
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
