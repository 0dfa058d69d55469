// Direction tests of the model, each over many seeds: what the research says each lever does.
// Public tariff pressure buys an early signature and a fragile peace (Beardsley); observers and a
// buffer zone lower incident rates (Fortna); advice from a mediator seen as biased against a side
// is believed less by that side (Kydd).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction, Proposal } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { copyForStep } from '../../src/sim/copy';
import { openRng } from '../../src/sim/rng';
import { moveWorld } from '../../src/sim/world';
import { nextPackage, playOut, type Strategy } from '../../src/sim/strategies';
import { relapses } from '../../src/sim/balance/relapse';
import { signRound } from '../../src/sim/balance/run';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const SEEDS = Array.from({ length: 400 }, (_, i) => 5000 + i);

describe('public tariff pressure', () => {
  const packagesOnly: Strategy = (l, g) => (g.accord ? [] : [{ type: 'propose', proposal: nextPackage(l, g) }]);
  const withThreat: Strategy = (l, g) => [{ type: 'us_tariff_threat' }, ...packagesOnly(l, g)];

  function figures(strategy: Strategy) {
    let soon = 0, signed = 0, relapsed = 0;
    for (const seed of SEEDS) {
      const g = playOut(level, createGame(level, { seed }), strategy);
      const at = signRound(g);
      if (at !== null && at <= 3) soon++;
      if (at !== null) {
        signed++;
        if (relapses(level, g)) relapsed++;
      }
    }
    return { soon: soon / SEEDS.length, relapse: signed ? relapsed / signed : 0 };
  }

  it('raises the chance of signing soon and the relapse after it lapses', () => {
    const without = figures(packagesOnly);
    const threat = figures(withThreat);
    expect(threat.soon).toBeGreaterThan(without.soon + 0.1);
    expect(threat.relapse).toBeGreaterThan(without.relapse);
  }, 120_000);
});

describe('observers and a buffer zone', () => {
  /** Incidents per round over many seeds with an accord holding, with the given terms. */
  function incidentRate(terms: Partial<Proposal>): number {
    let incidents = 0;
    let rounds = 0;
    for (const seed of SEEDS) {
      const g: GameState = copyForStep(createGame(level, { seed }));
      g.accord = { ...fairPackage(level), ...terms };
      g.ceasefire = 'holding';
      for (let r = 0; r < 4; r++) {
        const draws = openRng(g.rng);
        incidents += moveWorld(level, g, draws, []).incidents.length;
        g.rng = draws.state();
        g.ceasefire = 'holding';
        rounds++;
      }
    }
    return incidents / rounds;
  }

  it('lower the incident rate under the same accord', () => {
    const bare = incidentRate({ observers: 'none', withdrawal: 'km0' });
    const observed = incidentRate({ observers: 'aot', withdrawal: 'km0' });
    const buffered = incidentRate({ observers: 'none', withdrawal: 'km20' });
    expect(observed).toBeLessThan(bare * 0.85);
    expect(buffered).toBeLessThan(bare * 0.85);
  });
});

describe('mediator credibility (Kydd)', () => {
  function believedShare(bias: number): number {
    let believed = 0;
    for (const seed of SEEDS) {
      const g = createGame(level, { seed });
      const biased: GameState = { ...g, sides: { ...g.sides, th: { ...g.sides.th, bias } } };
      const action: MediatorAction = { type: 'advise', side: 'th' };
      const r = step(level, biased, action);
      if (r.ok && r.state.sides.th.adviceBelieved) believed++;
    }
    return believed / SEEDS.length;
  }

  it('a side that sees the mediator as biased against it believes less advice', () => {
    const against = believedShare(-0.6);
    const neutral = believedShare(0);
    const towards = believedShare(0.6);
    expect(against).toBeLessThan(neutral - 0.1);
    expect(neutral).toBeLessThan(towards - 0.1);
  });
});
