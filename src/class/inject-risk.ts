// What a teacher's incident would do to each table's fighting. A table whose fighting reaches 100%
// at the end of its day loses its game to open war, so an incident sent to a table near that edge
// can end its game at once (in July, one table in three after a rocket attack on day 1): the
// teacher console says so beside the inject form, before it is sent.

import type { IncidentDef } from '../sim/level';
import type { GameState } from '../sim/state';
import { ceasefireInForce } from '../sim/terms';
import { incidentRise } from '../sim/incidents';

/**
 * Fighting a table reaches after the incident from which the teacher is warned: above the player's
 * "close to open war" (sim/dangers.ts), where about half the days ended lose the game.
 */
export const INJECT_EDGE = 0.75;

/** A table's fighting right after `def` strikes it (the sim's own rise: half while a ceasefire holds). */
export function fightingAfter(game: GameState, def: IncidentDef): number {
  return Math.min(1, game.intensity + incidentRise(def, ceasefireInForce(game.ceasefire)));
}

/** The tables still playing whose fighting `def` would bring to the edge of open war, in the order given. */
export function tablesNearWar<T extends { game: GameState | null }>(tables: readonly T[], def: IncidentDef): T[] {
  return tables.filter((tb) => tb.game !== null && !tb.game.outcome && fightingAfter(tb.game, def) >= INJECT_EDGE);
}
