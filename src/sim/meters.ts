// Reading the meters the player sees, and recording each change with its cause, so every round
// report can say the direction, the size and the reason of every change (GAME.md, "meters").

import { SIDES } from './level';
import type { GameState, MeterChange, MeterId } from './state';

/** Current value of every meter. */
export function readMeters(g: GameState): Record<MeterId, number> {
  const m = {
    livesLost: g.livesLost,
    displaced: g.displaced,
    intensity: g.intensity,
    aseanCredibility: g.aseanCredibility,
    leverageLeft: g.leverageLeft,
    minesCleared: g.minesCleared,
    weaponsWithdrawn: g.weaponsWithdrawn,
  } as Record<MeterId, number>;
  for (const s of SIDES) {
    m[`${s}.pressure`] = g.sides[s].pressure;
    m[`${s}.trustOther`] = g.sides[s].trustOther;
    m[`${s}.trustMediator`] = g.sides[s].trustMediator;
    m[`${s}.bias`] = g.sides[s].bias;
  }
  return m;
}

/** Runs `fn` on the state and appends one change per meter it moved, all with the same cause. */
export function tracked(g: GameState, changes: MeterChange[], cause: string, fn: () => void): void {
  const before = readMeters(g);
  fn();
  const after = readMeters(g);
  for (const key of Object.keys(before) as MeterId[]) {
    const from = before[key];
    const to = after[key];
    if (Math.abs(to - from) > 1e-9) changes.push({ meter: key, from, to, cause });
  }
}
