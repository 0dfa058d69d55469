// The few meters the teacher console shows for each table, read from a table's game.

import type { SideId } from '../sim/level';
import type { GameState, MeterId } from '../sim/state';

/** Meters a table's summary shows, in order. */
export const MAIN_METERS: readonly MeterId[] = ['intensity', 'livesLost', 'displaced', 'aseanCredibility', 'th.trustMediator', 'kh.trustMediator'];

/** Reads a meter from a game. */
export function meterOf(game: GameState, m: MeterId): number {
  const [a, b] = m.split('.') as [string, string | undefined];
  if (b) return game.sides[a as SideId][b as 'trustMediator'];
  return game[a as 'intensity'];
}
