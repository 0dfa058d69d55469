// The UI's own state, in one place beside the view model: choices the player is making that the
// machines have not heard about yet (the draft package, the open side picker, the difficulty, a
// typed resume code). Screens read it and change it only through `set`; every change re-renders
// the screen in place, so nothing else has to remember it across a redraw.

import type { Difficulty } from '../sim/level';
import type { ActionType, Proposal } from '../sim/state';

/** Choices the player is making that the machines have not heard about yet. */
export interface UiState {
  difficulty: Difficulty;
  /** Terms picked in the proposal builder, for the round in `draftRound` of the game `draftGame`. */
  draft: Proposal;
  draftRound: number;
  /** The seed and log length that identify the game the draft belongs to (a new game starts afresh). */
  draftGame: string;
  /** The targeted action whose side picker is open. */
  picker: ActionType | null;
  /** Issues left without a term when the player tried to table the package. */
  missing: string[];
  /** Which slice of the class vote's levers is on screen (projector view). */
  voteOffset: number;
  /** The resume code typed on the menu, the message about the last one tried, and whether one is loading. */
  code: { text: string; message: string | null; busy: boolean };
}

/** The store: read the state, change it, and hear about changes. */
export interface UiStore {
  get(): Readonly<UiState>;
  /** Applies a change (a partial state, or a function of the state) and tells the listeners. */
  set(change: Partial<UiState> | ((s: Readonly<UiState>) => Partial<UiState>)): void;
  /** Calls `fn` after each change; returns a function that stops it. */
  subscribe(fn: (s: Readonly<UiState>) => void): () => void;
}

/** A fresh state: calm, no draft, nothing open, nothing typed. */
export function initialUiState(): UiState {
  return {
    difficulty: 'calm', draft: {}, draftRound: -1, draftGame: '', picker: null, missing: [], voteOffset: 0,
    code: { text: '', message: null, busy: false },
  };
}

/** Creates a store holding `initial` (a fresh state by default). */
export function createUiStore(initial: UiState = initialUiState()): UiStore {
  let state: UiState = initial;
  const listeners = new Set<(s: Readonly<UiState>) => void>();
  return {
    get: () => state,
    set(change) {
      const patch = typeof change === 'function' ? change(state) : change;
      state = { ...state, ...patch };
      for (const fn of listeners) fn(state);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
