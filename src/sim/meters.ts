// Reading the meters the player sees, and recording each change with its cause, so every round
// report can say the direction, the size and the reason of every change (GAME.md, "meters").

import type { GameState, MeterChange, MeterId } from './state';

/** Every meter, with how to read it. A fixed table keeps `tracked` cheap in headless runs. */
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

/**
 * Runs `fn` on the state and appends one change per meter it moved, all with the same cause.
 * With `changes` null (a headless run that keeps no reports of changes) it only runs `fn`.
 */
export function tracked(g: GameState, changes: MeterChange[] | null, cause: string, fn: () => void): void {
  if (changes === null) {
    fn();
    return;
  }
  const before = new Float64Array(METERS.length);
  for (let i = 0; i < METERS.length; i++) before[i] = METERS[i]![1](g);
  fn();
  for (let i = 0; i < METERS.length; i++) {
    const [id, read] = METERS[i]!;
    const to = read(g);
    const from = before[i]!;
    if (Math.abs(to - from) > 1e-9) changes.push({ meter: id, from, to, cause });
  }
}
