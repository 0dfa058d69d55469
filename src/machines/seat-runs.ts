// The games a player finished at a delegation's seat during this visit, kept so the debrief can
// invite the player to the other side with the same seed and then show both runs side by side.

import type { SideId } from '../sim/level';
import type { GameState } from '../sim/state';

/** One finished game at a delegation's seat. */
export interface SeatRun {
  seat: SideId;
  game: GameState;
}

/** Runs kept: the two a comparison needs. */
export const KEPT_RUNS = 2;

/** The runs with a newly finished one added (the oldest dropped past `KEPT_RUNS`). */
export function addRun(runs: readonly SeatRun[], run: SeatRun): SeatRun[] {
  return [...runs, run].slice(-KEPT_RUNS);
}

/**
 * The earlier run to compare with the newest: the same scenario, seed and difficulty played from
 * the other delegation's seat; null when there is none.
 */
export function pairedRun(runs: readonly SeatRun[]): { earlier: SeatRun; latest: SeatRun } | null {
  const latest = runs[runs.length - 1];
  const earlier = runs[runs.length - 2];
  if (!latest || !earlier) return null;
  const a = earlier.game;
  const b = latest.game;
  const same = a.scenarioId === b.scenarioId && a.seed === b.seed && a.difficulty === b.difficulty && earlier.seat !== latest.seat;
  return same ? { earlier, latest } : null;
}

/**
 * The seat a game on screen was played at once it is finished (the newest run, when it is that
 * game, as the seat debrief reads it); null for any other game.
 */
export function finishedSeat(runs: readonly SeatRun[] | undefined, game: GameState | null): SideId | null {
  const latest = runs?.[runs.length - 1];
  return latest && game !== null && latest.game === game ? latest.seat : null;
}
