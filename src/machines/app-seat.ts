// The app machine's steps for a game played at a delegation's seat (`seating`): whether the game on
// screen is one, what the seat's round machine starts from, and what a finished seat game leaves in
// the context (the run the debrief may compare with the other seat's).

import type { Level, SideId } from '../sim/level';
import type { GameState } from '../sim/state';
import { addRun } from './seat-runs';
import type { AppContext } from './app-types';

/** The player sits at a delegation's seat in the game on screen (not at the envoy's). */
export function atSeat(context: AppContext): boolean {
  return context.seat !== null;
}

/** What the seat's round machine starts from: `seating` is entered only with all three set. */
export function seatInput(context: AppContext): { level: Level; game: GameState; seat: SideId } {
  return { level: context.level!, game: context.game!, seat: context.seat! };
}

/** A seat game finished: the game as it ended, and its run kept for the debrief's comparison. */
export function seatFinished(context: AppContext, game: GameState): Partial<AppContext> {
  return { game, seatRuns: addRun(context.seatRuns, { seat: context.seat!, game }) };
}
