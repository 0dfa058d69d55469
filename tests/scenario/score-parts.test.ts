// The debrief shows the score and its parts: the parts must add up to the score (or, for a loss
// above the cap, the cap must be what cut it), so a player never sees 11 + 8 = 18.
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/sim/game';
import { LOSS_CAP } from '../../src/sim/scoring';
import { passive, playOut, sensible } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

describe('score parts', () => {
  it('add up to the score in every finished game (the loss cap aside)', async () => {
    const level = await shippedLevel('december-2025');
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      for (const strategy of [sensible, passive]) {
        for (const difficulty of ['calm', 'tense', 'violent'] as const) {
          const o = playOut(level, createGame(level, { seed, difficulty }), strategy).outcome!;
          const sum = Object.values(o.breakdown).reduce((a, b) => a + b, 0);
          expect(o.score, `seed ${seed} ${difficulty}`).toBe(o.kind === 'loss' ? Math.min(sum, LOSS_CAP) : sum);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(900);
  });
});
