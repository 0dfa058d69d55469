// How close a game is to being lost: fighting near open war, or a delegation's trust in the
// mediator near the point where it walks out. The rules themselves are checkEnd's (end-round.ts);
// this says, before a day ends, which of them a player or a teacher should be warned about.

import { SIDES, type Level, type SideId } from './level';
import type { GameState } from './state';

/**
 * Fighting intensity from which a game is said to be close to open war (at 1 when a day ends, it is
 * lost). In random play of the shipped scenarios, 97% of the days lost to war began at or above it,
 * and a third of the days ended from there were lost (tests/unit/dangers.test.ts).
 */
export const WAR_EDGE = 0.65;

/** How far above a side's walk-out point its trust in the mediator is still called close to it. */
export const WALKOUT_MARGIN = 0.1;

/** The dangers of a game still being played: close to open war, and the sides close to walking out. */
export interface Dangers {
  war: boolean;
  walkout: SideId[];
}

/** Which ways of losing `game` is close to now (none once it has ended). */
export function dangers(level: Level, game: GameState): Dangers {
  if (game.outcome) return { war: false, walkout: [] };
  return {
    war: game.intensity >= WAR_EDGE,
    walkout: SIDES.filter((s) => !game.sides[s].walkedOut && game.sides[s].trustMediator < level.sides[s].walkout + WALKOUT_MARGIN),
  };
}
