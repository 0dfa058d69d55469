// The events the views may send to the machines, in one place so the UI, the machines and the
// tests agree on them. Nothing flows up from the views except these.

import type { Difficulty, SideId } from '../sim/level';
import type { GameState, HumanAnswer, MediatorAction, Proposal } from '../sim/state';
import type { Level } from '../sim/level';

/** Events of the app flow (boot → menu → briefing → playing → debrief → menu, plus settings). */
export type AppEvent =
  /** Start a game; with `levelId`, that shipped scenario is loaded first (the campaign list). */
  | { type: 'NEW_GAME'; seed?: number; difficulty?: Difficulty; levelId?: string }
  | { type: 'BEGIN' }
  | { type: 'OPEN_SETTINGS' }
  | { type: 'CLOSE_SETTINGS' }
  | { type: 'TO_MENU' }
  | { type: 'RETRY' }
  /** A scenario file the player opened (a teacher's own), as text with its file name. */
  | { type: 'LEVEL_TEXT'; file: string; text: string }
  /** Continue a saved or resume-code game (already verified by replay) in its scenario. */
  | { type: 'RESUME'; levelId: string; level: Level; game: GameState };

/** Events of the round cycle (situation → mediator acts → delegations respond → world moves → check). */
export type RoundEvent =
  | { type: 'CONTINUE' }
  | { type: 'ACT'; action: Exclude<MediatorAction, { type: 'propose' } | { type: 'end_round' }> }
  | { type: 'PROPOSE'; proposal: Proposal; humans?: Partial<Record<SideId, HumanAnswer>> }
  | { type: 'END_ROUND' };
