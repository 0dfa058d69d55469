// Resume codes round-trip: for many random legal games on the shipped scenario, encoding the game
// as a code, decoding it and replaying the log rebuilds exactly the same state.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../../src/sim/level';
import { DIFFICULTIES } from '../../src/sim/level';
import { shippedLevel } from '../helpers/level';
import { randomGame } from '../helpers/random-game';
import { restoreFromCode, resumeCodeOf } from '../../src/platform/restore';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

describe('resume codes', () => {
  it('encode → decode → replay reproduces the exact game state', async () => {
    const noLoad = async () => ({ ok: false as const, errors: ['not needed'] });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...DIFFICULTIES),
        fc.array(fc.nat({ max: 1000 }), { minLength: 0, maxLength: 60 }),
        async (seed, difficulty, choices) => {
          const game = randomGame(level, seed, difficulty, choices);
          const code = resumeCodeOf(level, game);
          expect(code).toMatch(/^AM1\.[A-Za-z0-9+$-]+\.[0-9a-z]{5}$/);
          const back = await restoreFromCode(code, level, noLoad);
          expect(back.ok).toBe(true);
          if (back.ok) expect(back.game).toEqual(game);
        },
      ),
      { numRuns: 150 },
    );
  });
});
