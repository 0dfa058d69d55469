// What the views read: one flat snapshot of the app and round machines, so the DOM layer and the
// Phaser scene never reach into xstate's internals.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import type { Msg } from '../sim/message';
import type { SideId } from '../sim/level';
import type { HumanAnswer, Proposal } from '../sim/state';
import type { Player, TeamNotes } from './hotseat';
import type { LinkQuestion } from './link-question';
import type { GradeRecord } from './grade';
import type { SeatRun } from './seat-runs';

/** The screen to show. Round-cycle screens are the phases of `playing`. */
export type Screen =
  | 'boot'
  | 'error'
  | 'menu'
  | 'settings'
  | 'briefing'
  | 'situation'
  | 'acting'
  | 'responding'
  | 'world'
  | 'precheck'
  | 'postcheck'
  | 'debrief'
  /** The player at a delegation's seat (stages in `ViewModel.seat`). */
  | 'seat';

/** Everything a view needs to draw one frame of the game. */
export interface ViewModel {
  screen: Screen;
  level: Level | null;
  game: GameState | null;
  /** A message that names file, path and expectation when a level failed to load. */
  error: string | null;
  /** Why the last action was refused, if it was. */
  refusal: Msg | null;
  /** Hot-seat play under way on the acting screen (a tabled package going round the teams), or null. */
  hotseat?: HotseatView | null;
  /** The game under way is paused (the pause dialog shows over its screen). */
  paused?: boolean;
  /** Why the last Continue or resume code failed, or what to know about a restored game, for the menu. */
  notice?: Msg | null;
  /** A class link waiting to start its game until the player decides about an unfinished one (menu). */
  question?: LinkQuestion | null;
  /** Who answers for each delegation in the next game. */
  players?: Record<SideId, Player>;
  /** The hot-seat teams' reasons in this game, by the log index of the package they answered. */
  notes?: TeamNotes;
  /** The concept check's answers and the memo of the game on screen (machines/grade.ts). */
  grade?: GradeRecord | null;
  /** A class table played on a class server (its name, and whether the session has ended); absent in the solo game. */
  remote?: RemoteTable | null;
  /** The player's game at a delegation's seat, while on the `seat` screen. */
  seat?: SeatPlayView | null;
  /** Games finished at a delegation's seat this visit, newest last (the debrief compares two). */
  seatRuns?: SeatRun[];
}

/** A class table drawn with the solo screens: the server holds its game, the page only draws it. */
export interface RemoteTable {
  /** The table's name in the session ("3"). */
  name: string;
  /** The teacher has ended the session (the debrief shows even when the game has no outcome). */
  ended: boolean;
}

/** Where a game at a delegation's seat stands (states of the seat round machine). */
export interface SeatPlayView {
  side: SideId;
  /** own: its own turn (view and levers); answering: the envoy's package waits; responding: both answers; world: the round's report. */
  stage: 'own' | 'answering' | 'responding' | 'world';
  /** The package waiting for the seat's answer (answering). */
  pending: Proposal | null;
}

/** Where the pass-the-device sequence stands (states `hotseat.*` of the round machine). */
export interface HotseatView {
  /** handover: the device goes to `side`; answering: `side` answers in private; returning: back to the envoy. */
  stage: 'handover' | 'answering' | 'returning';
  side: SideId;
  proposal: Proposal;
  /** The answers given so far, by side. */
  answers: Partial<Record<SideId, HumanAnswer>>;
  /** The teams, in the order they answer. */
  teams: SideId[];
}
