// What the menu's Continue buttons, its resume-code field and the in-game code panel need, worded
// in the current language when drawn: the saved games (src/platform/saves.ts: the last few
// unfinished games, newest first), Continue and typed codes as RESTORE events (the app machine
// reads, loads and checks them), other tabs' changes to the saved games, and the menu notices.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import type { Msg } from '../sim/message';
import type { ViewModel } from '../machines/view-model';
import type { AppEvent } from '../machines/events';
import type { Saves, SavedGame } from '../platform/saves';
import { decodeResumeCode } from '../platform/resume-code';
import { finishedSeat } from '../machines/seat-runs';
import { words } from '../i18n/words';

export type { SavedGame };

/** The resume service the UI draws from. */
export interface ResumePort {
  /** Messages for the menu, in the current language: storage that forgets, a refused save or code, a bad link. */
  notices(): string[];
  /** Adds a notice (e.g. from a deep link). */
  notify(message: Msg): void;
  /** The newest unfinished saved game, if there is a readable one. */
  saved(current: Level | null): SavedGame | null;
  /** Every unfinished saved game, newest first. */
  savedGames(current: Level | null): SavedGame[];
  /** Asks the machines to restore a saved game (the newest, or the one `id` names); a failure shows among the notices. */
  continueSaved(current: Level | null, id?: string): Promise<boolean>;
  /**
   * Asks the machines to restore a resume code. A code that cannot be read at all is refused here,
   * with the message to show beside the field; otherwise null (a later failure shows among the notices).
   */
  enterCode(code: string, current: Level | null): Promise<string | null>;
  /** The resume code of the game on screen (with its seat, for a game at a delegation's seat), or null. */
  codeOf(vm: ViewModel): string | null;
  /** Saves after each decision, from the first on (call with every view model); also keeps the machine's last notice. */
  autosave(vm: ViewModel): void;
  /**
   * What the player should know about the game on screen, in the current language (a code whose
   * replay ended in another state than it recorded: the machine's notice from restoring it), or null.
   */
  noticeFor(vm: ViewModel): string | null;
  /** False when saves are kept in memory only. */
  persistent(): boolean;
  /** Calls `fn` when another tab changes the saved games. @returns a function that stops it */
  subscribe(fn: () => void, target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
}

/** The resume service over `saves`; `send` delivers RESTORE to the machines. */
export function createResumePort(saves: Saves, send: (e: AppEvent) => void): ResumePort {
  let notice: Msg | null = null;
  return {
    notices: () => {
      // The machine's notice may repeat one the saves already hold (a save refused on Continue).
      const all = [...saves.notices(), ...(notice ? [notice] : [])];
      return [...new Set(all.map(words))];
    },
    notify: (m) => saves.notify(m),
    saved: (current) => saves.saved(current),
    savedGames: (current) => saves.savedGames(current),
    async continueSaved(_current, id) {
      send({ type: 'RESTORE', request: id === undefined ? { kind: 'save' } : { kind: 'save', id } });
      return true;
    },
    async enterCode(code) {
      const read = decodeResumeCode(code);
      if (!read.ok) return words(read.notice);
      send({ type: 'RESTORE', request: { kind: 'code', code } });
      return null;
    },
    codeOf: (vm) => saves.codeOf(vm.level, vm.game as GameState | null, vm.seat?.side ?? finishedSeat(vm.seatRuns, vm.game as GameState | null)),
    autosave(vm) {
      notice = vm.notice ?? null;
      saves.autosave(vm);
    },
    // While a game is on screen the machine's notice can only be about it: starting or restoring
    // another game replaces it, and a refused restore returns to the menu.
    noticeFor: (vm) => (vm.game && vm.notice && vm.screen !== 'menu' ? words(vm.notice) : null),
    persistent: () => saves.persistent(),
    subscribe: (fn, target) => saves.watch(fn, target),
  };
}
