// Properties of the reducers over random decision sequences: they never mutate the state they are
// given (inputs are deep-frozen, so a write throws), never throw, keep every meter in range, end the
// game within its round limit, and a replayed decision log rebuilds the identical state.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { createGame, replay, step } from '../../src/sim/game';
import { ACTIONS } from '../../src/sim/catalog';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const decision: fc.Arbitrary<MediatorAction | 'package'> = fc.oneof(
  fc.constantFrom(...ACTIONS.filter((a) => !a.targeted).map((a) => ({ type: a.type }) as MediatorAction)),
  fc.record({ type: fc.constant('shuttle' as const), side: fc.constantFrom('th' as const, 'kh' as const) }),
  fc.record({ type: fc.constant('advise' as const), side: fc.constantFrom('th' as const, 'kh' as const) }),
  fc.record({ type: fc.constant('statement' as const), side: fc.constantFrom('th' as const, 'kh' as const), tone: fc.constantFrom('praise' as const, 'blame' as const) }),
  fc.constant('package' as const),
  fc.constant({ type: 'end_round' } as MediatorAction),
);

function inRange(g: GameState): boolean {
  const unit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  const signed = (x: number) => Number.isFinite(x) && x >= -1 && x <= 1;
  return [g.sides.th, g.sides.kh].every((s) => unit(s.pain) && unit(s.pressure) && unit(s.trustOther) && unit(s.trustMediator) && unit(s.leverage) && signed(s.edge) && signed(s.bias))
    && unit(g.intensity) && unit(g.aseanCredibility) && unit(g.minesCleared) && unit(g.weaponsWithdrawn)
    && Number.isFinite(g.livesLost) && g.livesLost >= 0 && Number.isFinite(g.displaced) && g.displaced >= 0;
}

describe('reducers over random decision sequences', () => {
  it('never mutate their input, never throw, keep meters in range, and end within the round limit', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('calm' as const, 'tense' as const, 'violent' as const), fc.array(decision, { maxLength: 120 }), (seed, difficulty, decisions) => {
        let g = deepFreeze(createGame(level, { seed, difficulty }));
        for (const d of decisions) {
          const action: MediatorAction = d === 'package' ? { type: 'propose', proposal: fairPackage(level) } : d;
          g = deepFreeze(step(level, g, action).state);
          expect(inRange(g)).toBe(true);
          expect(g.round).toBeLessThanOrEqual(level.rounds);
        }
        // Ending every remaining round finishes the game by the deadline at the latest.
        for (let i = 0; i <= level.rounds && !g.outcome; i++) g = deepFreeze(step(level, g, { type: 'end_round' }).state);
        expect(g.outcome).not.toBeNull();
        expect(replay(level, seed, difficulty, g.log)).toEqual(g);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
