// What every screen renderer receives: the snapshot, the way to send events, the player's
// settings and the UI's own small state (choices not yet sent, such as a draft package).

import type { AppEvent, RoundEvent } from '../machines/events';
import type { ViewModel } from '../machines/view-model';
import type { Difficulty } from '../sim/level';
import type { ActionType, Proposal } from '../sim/state';

/** Sends an event to the machines: the only way the UI changes the game. */
export type Send = (e: AppEvent | RoundEvent) => void;

/** Player settings the settings screen edits (mute lives in audio, text size in the UI). */
export interface SettingsPort {
  muted(): boolean;
  setMuted(m: boolean): void;
  /** Text size in percent (100–200). */
  textSize(): number;
  setTextSize(percent: number): void;
  /** Music and effects volumes (0..1), when the audio adapter offers them. */
  sound?: { musicVolume(): number; setMusicVolume(v: number): void; effectsVolume(): number; setEffectsVolume(v: number): void };
  /** The reduced-motion switch, when the page has one. */
  motion?: { reduced(): boolean; setReduced(on: boolean): void };
}

/** Choices the player is making that the machines have not heard about yet. */
export interface UiState {
  difficulty: Difficulty;
  /** Terms picked in the proposal builder, for the round in `draftRound`. */
  draft: Proposal;
  draftRound: number;
  /** The targeted action whose side picker is open. */
  picker: ActionType | null;
  /** Issues left without a term when the player tried to table the package. */
  missing: string[];
}

/** Everything a screen renderer needs. */
export interface ScreenContext {
  vm: ViewModel;
  send: Send;
  settings: SettingsPort;
  ui: UiState;
  /** The persistent role="alert" element for refusals; a screen places it where it fits. */
  alert: HTMLElement;
  /** Re-renders the current screen after a change of UI state, keeping focus (or moving it to `focusKey`). */
  refresh(focusKey?: string): void;
}

/** A screen: builds its section from the context. */
export type ScreenRenderer = (ctx: ScreenContext) => HTMLElement;
