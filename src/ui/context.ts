// What every screen renderer receives: the snapshot, the way to send events, the player's
// settings and the UI store (choices not yet sent, such as a draft package).

import type { TemplateResult } from 'lit-html';
import type { AppEvent, RoundEvent } from '../machines/events';
import type { ViewModel } from '../machines/view-model';
import type { UiState, UiStore } from './store';
import type { ResumePort } from './resume-port';

export type { UiState } from './store';

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

/** Everything a screen renderer needs. */
export interface ScreenContext {
  vm: ViewModel;
  send: Send;
  settings: SettingsPort;
  /** The UI store's state as of this render (read only: change it with `store.set`). */
  ui: Readonly<UiState>;
  /** The UI store; a change re-renders the screen in place. */
  store: UiStore;
  /** Saves and resume codes, when the page has them. */
  resume: ResumePort | null;
  /** The persistent role="alert" element for refusals; a screen places it where it fits. */
  alert: HTMLElement;
  /**
   * Moves focus to the element matching `selector` once the next render is in the page (for a
   * deliberate move, such as to the first issue still without a term; never to restore focus).
   */
  focusAfter(selector: string): void;
}

/** What a screen draws: a lit template (updated in place) or, for simple static screens, an element. */
export type Screen = TemplateResult | HTMLElement;

/** A screen: builds its section from the context. */
export type ScreenRenderer = (ctx: ScreenContext) => Screen;
