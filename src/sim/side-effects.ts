// Small state changes shared by several rules (trust, pressure, leverage), each clamped so no meter
// can leave its range whatever the sequence of decisions.

import type { Level, SideId } from './level';
import type { GameState } from './state';
import { clamp } from './math';

/** The other delegation. */
export const otherSide = (side: SideId): SideId => (side === 'th' ? 'kh' : 'th');

/** Adds to a [0,1] field of a side's state, clamped. */
export function nudge(g: GameState, side: SideId, field: 'pain' | 'pressure' | 'trustOther' | 'trustMediator', by: number): void {
  g.sides[side][field] = clamp(g.sides[side][field] + by);
}

/** Adds to a [-1,1] field of a side's state, clamped. */
export function nudgeSigned(g: GameState, side: SideId, field: 'edge' | 'bias', by: number): void {
  g.sides[side][field] = clamp(g.sides[side][field] + by, -1, 1);
}

/** Applies United States leverage m to both sides; public pressure raises each public's anger by ρ·m. */
export function applyLeverage(level: Level, g: GameState, m: number, isPublic: boolean): void {
  for (const side of ['th', 'kh'] as const) {
    const before = g.sides[side].leverage;
    g.sides[side].leverage = Math.max(before, m);
    if (isPublic && !(g.leveragePublic && before >= m)) nudge(g, side, 'pressure', level.sides[side].backlash * m);
  }
  g.leveragePublic = g.leveragePublic || isPublic;
}
