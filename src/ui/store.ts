// The UI's own state, in one place beside the view model: choices the player is making that the
// machines have not heard about yet (the draft package, the open side picker, the difficulty, a
// typed resume code). Screens read it and change it only through `set`; every change re-renders
// the screen in place, so nothing else has to remember it across a redraw.

import type { Difficulty, SideId } from '../sim/level';
import type { ActionType, Proposal } from '../sim/state';

/** Choices the player is making that the machines have not heard about yet. */
export interface UiState {
  difficulty: Difficulty;
  /** Terms picked in the proposal builder, for the round in `draftRound` (-1 outside a round). */
  draft: Proposal;
  draftRound: number;
  /** The targeted action whose side picker is open. */
  picker: ActionType | null;
  /** Issues left without a term when the player tried to table the package. */
  missing: string[];
  /** The projector view (large text, the class vote): `?projector=1` or the menu's switch. */
  projector: boolean;
  /** Which slice of the class vote's levers is on screen (projector view). */
  voteOffset: number;
  /**
   * A hot-seat team's answer as it makes it, on its private screen: the team, the verdict picked,
   * the counter-offer's terms (starting from the envoy's), the reason typed, and what is missing.
   */
  team: TeamDraft;
  /** The resume code typed on the menu, the message about the last one tried, and whether one is loading. */
  code: { text: string; message: string | null; busy: boolean };
}

/** The answer a hot-seat team is making (see `UiState.team`). */
export interface TeamDraft {
  side: SideId | null;
  verdict: 'accept' | 'reject' | 'counter' | null;
  counter: Proposal;
  reason: string;
  /** What the team must still do before sending: choose a verdict, or change a term of the counter. */
  why: 'chooseFirst' | 'sameAsTabled' | null;
}

/** A team's answer not begun yet. */
export function emptyTeamDraft(side: SideId | null = null, counter: Proposal = {}): TeamDraft {
  return { side, verdict: null, counter: { ...counter }, reason: '', why: null };
}

/** The store: read the state, change it, and hear about changes. */
export interface UiStore {
  get(): Readonly<UiState>;
  /** Applies a change (a partial state, or a function of the state) and tells the listeners. */
  set(change: Partial<UiState> | ((s: Readonly<UiState>) => Partial<UiState>)): void;
  /** Calls `fn` after each change; returns a function that stops it. */
  subscribe(fn: (s: Readonly<UiState>) => void): () => void;
}

/** Whether the page's address asks for the projector view (`?projector=1`). */
export function projectorFromQuery(search: string): boolean {
  return /^(1|true|yes|on)$/i.test(new URLSearchParams(search).get('projector') ?? '');
}

/** A fresh state: calm, no draft, nothing open, nothing typed; the projector view as the address asks. */
export function initialUiState(search = typeof location === 'undefined' ? '' : location.search): UiState {
  return {
    difficulty: 'calm', projector: projectorFromQuery(search), draft: {}, draftRound: -1, picker: null, missing: [], voteOffset: 0,
    team: emptyTeamDraft(),
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
