// Small state changes shared by several rules (trust, pressure, leverage), each clamped so no meter
// can leave its range whatever the sequence of decisions.

import { SIDES, otherSide, type Level, type SideId } from './level';
import type { GameState, SideState } from './state';
import { clamp } from './math';

export { otherSide };

/** A side's state, read by name rather than by a computed key (the engine's fast path). */
const sideOf = (g: GameState, side: SideId): SideState => (side === 'th' ? g.sides.th : g.sides.kh);

/**
 * Adds to a [0,1] field of a side's state, clamped. Each field is written by name: the rules call
 * this thousands of times a second in headless play, and a computed key is the slow path.
 */
export function nudge(g: GameState, side: SideId, field: 'pain' | 'pressure' | 'trustOther' | 'trustMediator', by: number): void {
  const s = sideOf(g, side);
  switch (field) {
    case 'pain': s.pain = clamp(s.pain + by); return;
    case 'pressure': s.pressure = clamp(s.pressure + by); return;
    case 'trustOther': s.trustOther = clamp(s.trustOther + by); return;
    case 'trustMediator': s.trustMediator = clamp(s.trustMediator + by); return;
  }
}

/** Adds to a [-1,1] field of a side's state, clamped (each field by name, as in `nudge`). */
export function nudgeSigned(g: GameState, side: SideId, field: 'edge' | 'bias', by: number): void {
  const s = sideOf(g, side);
  if (field === 'edge') s.edge = clamp(s.edge + by, -1, 1);
  else s.bias = clamp(s.bias + by, -1, 1);
}

/** Applies United States leverage m to both sides; public pressure raises each public's anger by ρ·m. */
export function applyLeverage(level: Level, g: GameState, m: number, isPublic: boolean): void {
  for (const side of SIDES) {
    const before = g.sides[side].leverage;
    g.sides[side].leverage = Math.max(before, m);
    if (isPublic && !(g.leveragePublic && before >= m)) nudge(g, side, 'pressure', level.sides[side].backlash * m);
  }
  g.leveragePublic = g.leveragePublic || isPublic;
}
