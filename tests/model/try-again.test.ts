// "Try again from day N" is flow, so the app machine owns it: TRY_AGAIN on the debrief starts the
// branch and plays on from that day's situation; a day the game never played is ignored.
import { beforeAll, describe, expect, it } from 'vitest';
import { createController } from '../../src/machines/controller';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame } from '../../src/sim/game';
import { playOut, sensible } from '../../src/sim/strategies';
import { decisionsBefore } from '../../src/sim/branch-log';
import { shippedLevel } from '../helpers/level';

let level: Level;
let finished: GameState;
beforeAll(async () => {
  level = await shippedLevel();
  finished = playOut(level, createGame(level, { seed: 5, difficulty: 'tense' }), sensible);
});

/** A controller on the debrief of `finished` (a finished game restored goes straight to it). */
async function onDebrief() {
  const c = createController(level.id, async () => ({ ok: true, level }));
  c.start();
  await expect.poll(() => c.getViewModel().screen).toBe('menu');
  c.send({ type: 'RESUME', levelId: level.id, level, game: finished });
  await expect.poll(() => c.getViewModel().screen).toBe('debrief');
  return c;
}

describe('TRY_AGAIN', () => {
  it('from the debrief starts day 3 of a new game that names the finished one, on that day\'s situation', async () => {
    const c = await onDebrief();
    c.send({ type: 'TRY_AGAIN', round: 3 });
    const vm = c.getViewModel();
    expect(vm.screen).toBe('situation');
    expect(vm.game!.round).toBe(3);
    expect(vm.game!.outcome).toBeNull();
    expect(vm.game!.log).toEqual(decisionsBefore(finished.log, 3));
    expect(vm.game!.parent).toEqual({ log: finished.log, fromRound: 3 });
    // Playing on: the branch's own first decision of day 3.
    c.send({ type: 'CONTINUE' });
    expect(c.getViewModel().screen).toBe('acting');
    c.send({ type: 'ACT', action: { type: 'us_tariff_threat' } });
    expect(c.getViewModel().game!.log.at(-1)).toEqual({ type: 'us_tariff_threat' });
  });

  it('ignores a day the game never played', async () => {
    const c = await onDebrief();
    c.send({ type: 'TRY_AGAIN', round: finished.reports.length + 1 });
    expect(c.getViewModel().screen).toBe('debrief');
    expect(c.getViewModel().game).toBe(finished);
  });
});
