// Where in the round a game stands, read from its decision log alone: a restored game (an autosave
// or a resume code) opens on the screen it was left at. A branch ("Try again from day N") that has
// made no decision of its own yet opens on that day's situation, not on the report of the day before.

import type { GameState } from '../sim/state';
import { decisionsBefore } from '../sim/branch-log';

/** The round screen a game resumes on: after a lever the envoy is still acting, after a package the answers are shown, after a round's end its report. */
export type ResumePhase = 'situation' | 'acting' | 'responding' | 'world';

/** Where in the round a game stands, from its last decision. */
export function phaseOf(game: GameState): ResumePhase {
  const last = game.log[game.log.length - 1];
  if (!last || (game.parent && game.log.length === decisionsBefore(game.parent.log, game.parent.fromRound)?.length)) return 'situation';
  if (last.type === 'end_round') return 'world';
  if (last.type === 'propose') return 'responding';
  return 'acting';
}
