// Reading the meters the player sees, and recording each change with its cause, so every round
// report can say the direction, the size and the reason of every change (GAME.md, "meters").

import type { Msg } from './message';
import type { GameState, MeterChange, MeterId } from './state';

/** Every meter, with how to read it. A fixed table keeps recording cheap. */
const METERS: readonly [MeterId, (g: GameState) => number][] = [
  ['livesLost', (g) => g.livesLost],
  ['displaced', (g) => g.displaced],
  ['intensity', (g) => g.intensity],
  ['aseanCredibility', (g) => g.aseanCredibility],
  ['leverageLeft', (g) => g.leverageLeft],
  ['minesCleared', (g) => g.minesCleared],
  ['weaponsWithdrawn', (g) => g.weaponsWithdrawn],
  ['th.pressure', (g) => g.sides.th.pressure],
  ['th.trustOther', (g) => g.sides.th.trustOther],
  ['th.trustMediator', (g) => g.sides.th.trustMediator],
  ['th.bias', (g) => g.sides.th.bias],
  ['kh.pressure', (g) => g.sides.kh.pressure],
  ['kh.trustOther', (g) => g.sides.kh.trustOther],
  ['kh.trustMediator', (g) => g.sides.kh.trustMediator],
  ['kh.bias', (g) => g.sides.kh.bias],
];

/** Current value of every meter. */
export function readMeters(g: GameState): Record<MeterId, number> {
  const m = {} as Record<MeterId, number>;
  for (const [id, read] of METERS) m[id] = read(g);
  return m;
}

/** The meters as they stood before a change, ready to record what the change moved. */
export class MeterMark {
  private readonly g: GameState;
  private readonly changes: MeterChange[];
  private readonly before: Float64Array;

  constructor(g: GameState, changes: MeterChange[]) {
    this.g = g;
    this.changes = changes;
    this.before = new Float64Array(METERS.length);
    for (let i = 0; i < METERS.length; i++) this.before[i] = METERS[i]![1](g);
  }

  /** Appends one change per meter moved since the mark, all with the same cause. */
  record(cause: Msg): void {
    for (let i = 0; i < METERS.length; i++) {
      const [id, read] = METERS[i]!;
      const to = read(this.g);
      const from = this.before[i]!;
      if (Math.abs(to - from) > 1e-9) this.changes.push({ meter: id, from, to, cause });
    }
  }
}

/**
 * Marks the meters before a change, or null when no changes are kept (a headless run). Callers
 * write `mark?.record(msg(…))` after the change, so a headless run builds neither the mark nor
 * the message, and no closure either.
 */
export function markMeters(g: GameState, changes: MeterChange[] | null): MeterMark | null {
  return changes === null ? null : new MeterMark(g, changes);
}
