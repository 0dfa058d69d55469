// The events the views may send to the machines, in one place so the UI, the machines and the
// tests agree on them. Nothing flows up from the views except these.

import type { Difficulty, SideId } from '../sim/level';
import type { DelegationAction, GameState, HumanAnswer, MediatorAction, Proposal } from '../sim/state';
import type { Level } from '../sim/level';
import type { Player } from './hotseat';
import type { LinkQuestion } from './link-question';
import type { GradeEvent } from './grade-flow';

/**
 * What to restore: a saved game (Continue; `id` names one of the saved games, the newest when
 * absent) or a resume code the player typed.
 */
export type RestoreRequest = { kind: 'save'; id?: string } | { kind: 'code'; code: string };

/** Events of the app flow (boot → menu → briefing → playing → debrief → menu, plus settings). */
export type AppEvent =
  /**
   * Start a game; with `levelId`, that shipped scenario is loaded first (the campaign list); with
   * `seat`, the player sits at that delegation's chair against the AI envoy and the other delegation.
   */
  | { type: 'NEW_GAME'; seed?: number; difficulty?: Difficulty; levelId?: string; seat?: SideId }
  | { type: 'BEGIN' }
  | { type: 'OPEN_SETTINGS' }
  | { type: 'CLOSE_SETTINGS' }
  | { type: 'TO_MENU' }
  | { type: 'RETRY' }
  /** A scenario file the player opened (a teacher's own), as text with its file name. */
  | { type: 'LEVEL_TEXT'; file: string; text: string }
  /** Continue a saved or resume-code game (already verified by replay) in its scenario. */
  | { type: 'RESUME'; levelId: string; level: Level; game: GameState }
  /** Restore the autosave or a resume code: read, load its scenario and check it by replay (`restoring`). */
  | { type: 'RESTORE'; request: RestoreRequest }
  /** Pause the game under way (the pause dialog shows); `UNPAUSE` goes back to it. */
  | { type: 'PAUSE' }
  | { type: 'UNPAUSE' }
  /** Who answers for a delegation in games started from now on: the model or a team in the room. */
  | { type: 'SET_PLAYER'; side: SideId; player: Player }
  /** A class link would start a game while another is unfinished: the menu asks first (`vm.question`). */
  | ({ type: 'ASK_BEFORE_LINK' } & LinkQuestion)
  /** The answer: start the link's game (the unfinished one stays saved)… */
  | { type: 'START_LINKED' }
  /** …or continue the unfinished game instead. */
  | { type: 'KEEP_UNFINISHED' }
  /** On the debrief: a new game with the same seed and the decisions before `round`, decided again from there (sim/branch.ts). */
  | { type: 'TRY_AGAIN'; round: number }
  | GradeEvent

  /** A game at a delegation's seat (the controller routes these to the seat round machine). */
  | SeatEvent;

/** Events of the round cycle (situation → mediator acts → delegations respond → world moves → check). */
export type RoundEvent =
  | { type: 'CONTINUE' }
  | { type: 'ACT'; action: Exclude<MediatorAction, { type: 'propose' } | { type: 'end_round' }> }
  | { type: 'PROPOSE'; proposal: Proposal; humans?: Partial<Record<SideId, HumanAnswer>> }
  | { type: 'END_ROUND' }
  /** Hot-seat: the team whose turn it is has the device and opens its private screen. */
  | { type: 'TAKE_TURN' }
  /** Hot-seat: that team's answer (a verdict or a counter-offer) and, if it gave one, its reason. */
  | { type: 'TEAM_ANSWER'; answer: HumanAnswer; reason?: string }
  /** Hot-seat: the envoy takes the package back before any team has answered. */
  | { type: 'WITHDRAW' }
  /** Hot-seat: every team has answered; the envoy tables the package with their answers. */
  | { type: 'SHOW_ANSWERS' };

/** Events of a seat's round. */
export type SeatEvent =
  /** One of the delegation's own levers. */
  | { type: 'SEAT_ACT'; action: DelegationAction }
  /** The delegation is done with its own turn: the envoy acts. */
  | { type: 'SEAT_READY' }
  /** The delegation's answer to the package the envoy tabled. */
  | { type: 'SEAT_ANSWER'; answer: HumanAnswer }
  /** On from the answers, or from the round's report. */
  | { type: 'SEAT_CONTINUE' };
