// The days of a game's decision log: which decisions came before a day began, which day each
// decision was made on, and which days a game can be tried again from. Read from the log alone, so
// the menu, the round screens and the restore path can ask without the rules engine (game.ts).

import type { GameState, MediatorAction } from './state';

/**
 * The decisions made before `round` began: everything up to and including the `round - 1`th
 * end of a round. Null when the log never reached that round.
 */
export function decisionsBefore(log: readonly MediatorAction[], round: number): MediatorAction[] | null {
  if (!Number.isInteger(round) || round < 1) return null;
  if (round === 1) return [];
  let ends = 0;
  for (let i = 0; i < log.length; i++) {
    if (log[i]!.type === 'end_round' && ++ends === round - 1) return log.slice(0, i + 1);
  }
  return null;
}

/** The round each decision of `log` was made in (1 for the first round). */
export function roundOfDecision(log: readonly MediatorAction[], index: number): number {
  let round = 1;
  for (let i = 0; i < index && i < log.length; i++) if (log[i]!.type === 'end_round') round += 1;
  return round;
}

/** The days a game can be tried again from: every day it played (1 up to the day it reached). */
export function branchDays(game: GameState): number[] {
  const last = game.outcome ? game.reports.length : game.round;
  return Array.from({ length: Math.max(0, last) }, (_, i) => i + 1);
}
