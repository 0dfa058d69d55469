// Doing nothing loses; a sensible sequence of actions does better on the same seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { createGame } from '../../src/sim/game';
import { passive, playOut, sensible } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const SEEDS = Array.from({ length: 60 }, (_, i) => 1000 + i);

describe('outcomes on the December scenario', () => {
  it('ends every passive game in a loss (war, collapse or the deadline without a ceasefire)', () => {
    for (const seed of SEEDS) {
      const g = playOut(level, createGame(level, { seed }), passive);
      expect(g.outcome?.kind, `seed ${seed}`).toBe('loss');
    }
  });

  it('does better with a sensible sequence than with none, seed by seed', () => {
    let better = 0;
    let wins = 0;
    for (const seed of SEEDS) {
      const idle = playOut(level, createGame(level, { seed }), passive);
      const active = playOut(level, createGame(level, { seed }), sensible);
      if (active.outcome!.score > idle.outcome!.score) better++;
      if (active.outcome!.kind === 'win') wins++;
    }
    expect(better / SEEDS.length).toBeGreaterThan(0.8);
    expect(wins / SEEDS.length).toBeGreaterThan(0.5);
  });

  it('never lets a meter leave its range over many games', () => {
    for (const seed of SEEDS.slice(0, 20)) {
      const g = playOut(level, createGame(level, { seed, difficulty: 'violent' }), sensible);
      for (const s of [g.sides.th, g.sides.kh]) {
        for (const v of [s.pain, s.pressure, s.trustOther, s.trustMediator]) expect(v >= 0 && v <= 1).toBe(true);
        for (const v of [s.edge, s.bias]) expect(v >= -1 && v <= 1).toBe(true);
      }
      for (const v of [g.intensity, g.aseanCredibility, g.minesCleared, g.weaponsWithdrawn]) expect(v >= 0 && v <= 1).toBe(true);
      expect(Number.isFinite(g.livesLost) && g.displaced >= 0).toBe(true);
    }
  });
});
