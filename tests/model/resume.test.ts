// Resuming: the app machine takes a restored game (RESUME) straight into play, and the round
// machine opens on the screen the game was left at: acting after a lever, the answers after a
// package, the round report after the round's end, the situation at the start of a round.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { appMachine, type LevelLoad } from '../../src/machines/app';
import { createController } from '../../src/machines/controller';
import { roundMachine } from '../../src/machines/round';
import { phaseOf } from '../../src/machines/phase';
import type { Level } from '../../src/sim/level';
import type { MediatorAction } from '../../src/sim/state';
import { createGame, replay } from '../../src/sim/game';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('resuming a game', () => {
  it('opens the round machine on the phase of the last decision', () => {
    const cases: Array<[MediatorAction[], string]> = [
      [[], 'situation'],
      [[{ type: 'host_talks' }], 'acting'],
      [[{ type: 'host_talks' }, { type: 'propose', proposal: fairPackage(level) }], 'responding'],
      [[{ type: 'host_talks' }, { type: 'end_round' }], 'world'],
    ];
    for (const [log, phase] of cases) {
      const game = replay(level, 4, 'calm', log);
      const actor = createActor(roundMachine, { input: { level, game, phase: phaseOf(game) } }).start();
      expect(actor.getSnapshot().value, phase).toBe(phase);
      // The resume point is used once: the next round starts at its situation as usual.
      if (phase === 'world') {
        actor.send({ type: 'CONTINUE' });
        expect(actor.getSnapshot().value).toBe('situation');
      }
    }
  });

  it('goes from the menu into play with RESUME, at the saved screen, and plays on', async () => {
    const controller = createController(level.id, async (): Promise<LevelLoad> => ({ ok: true, level }));
    controller.start();
    await tick();
    expect(controller.getViewModel().screen).toBe('menu');
    const game = replay(level, 8, 'violent', [{ type: 'host_talks' }]);
    controller.send({ type: 'RESUME', levelId: level.id, level, game });
    const vm = controller.getViewModel();
    expect(vm.screen).toBe('acting');
    expect(vm.game).toEqual(game);
    controller.send({ type: 'ACT', action: { type: 'hotline' } });
    expect(controller.getViewModel().game?.log.map((a) => a.type)).toEqual(['host_talks', 'hotline']);
  });

  it('ignores RESUME outside the menu', async () => {
    const machine = appMachine.provide({ actors: { loadLevel: fromPromise<LevelLoad, { levelId: string }>(async () => ({ ok: true, level })) } });
    const actor = createActor(machine, { input: { levelId: level.id } }).start();
    await tick();
    actor.send({ type: 'NEW_GAME', seed: 1 });
    actor.send({ type: 'RESUME', levelId: level.id, level, game: createGame(level, { seed: 2 }) });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.game?.seed).toBe(1);
  });
});
