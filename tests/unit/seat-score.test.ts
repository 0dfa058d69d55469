// A delegation's own score: its utility of the accord against its walk-away point, ratification,
// lives lost on both sides, and whether the peace holds; a seat that wins its demands and gets a
// war loses.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame } from '../../src/sim/game';
import { passive, playOut } from '../../src/sim/strategies';
import { balanced } from '../../src/sim/balance/strategies';
import { seatScore, SEAT_WEIGHTS } from '../../src/sim/seats/score';
import { LOSS_CAP } from '../../src/sim/scoring';
import { tableUtility } from '../../src/sim/negotiation/utility';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

const games = (strategy: typeof balanced, n = 30): GameState[] =>
  Array.from({ length: n }, (_, i) => playOut(level, createGame(level, { seed: i + 1, difficulty: 'tense' }), strategy));

describe("a seat's score", () => {
  it('has parts that add up to its points, and lives that add up to those lost in the game', () => {
    for (const g of [...games(balanced), ...games(passive, 10)]) {
      for (const side of ['th', 'kh'] as const) {
        const s = seatScore(level, g, side);
        const sum = Object.values(s.parts).reduce((a, b) => a + b, 0);
        expect(s.points).toBe(s.verdict === 'loss' ? Math.min(sum, LOSS_CAP) : sum);
        expect(s.lives.own + s.lives.other + s.lives.fighting).toBe(g.livesLost - level.world.livesLost);
        for (const k of Object.keys(SEAT_WEIGHTS) as (keyof typeof SEAT_WEIGHTS)[]) expect(s.parts[k]).toBeLessThanOrEqual(SEAT_WEIGHTS[k]);
      }
    }
  });

  it("measures the accord by its own government's utility against its walk-away point", () => {
    const won = games(balanced).find((g) => g.outcome?.kind === 'win')!;
    expect(won).toBeDefined();
    const th = seatScore(level, won, 'th');
    const kh = seatScore(level, won, 'kh');
    // Its own government's numbers in this game (each game draws them: sim/negotiation/preferences.ts).
    expect(th.utility).toBeCloseTo(tableUtility(level, won.accord!, 'th', won), 12);
    expect(kh.utility).toBeCloseTo(tableUtility(level, won.accord!, 'kh', won), 12);
    expect(th.reservation).toBe(won.sides.th.prefs!.rv0);
    expect(th.reservation).not.toBe(level.sides.th.rv0);
    expect(th.shares.deal).toBeCloseTo((th.utility! - th.reservation) / (1 - th.reservation), 12);
    expect(th.peaceHolds).toBe(true);
  });

  it('scores no deal, no ratification and no peace when nobody mediates', () => {
    for (const g of games(passive, 10)) {
      const s = seatScore(level, g, 'kh');
      expect(s.utility).toBeNull();
      expect(s.ratified).toBe(false);
      expect(s.peaceHolds).toBe(false);
      expect(s.verdict).toBe('loss');
      expect(s.parts.deal + s.parts.ratification + s.parts.peace).toBe(0);
    }
  });

  it('loses a seat that won its demands and got a war', () => {
    const won = games(balanced).find((g) => g.outcome?.kind === 'win')!;
    const before = seatScore(level, won, 'th');
    const war: GameState = { ...won, ceasefire: 'collapsed', outcome: { ...won.outcome!, kind: 'loss', reason: 'collapse' } };
    const after = seatScore(level, war, 'th');
    expect(after.utility).toBe(before.utility);
    expect(after.peaceHolds).toBe(false);
    expect(after.verdict).toBe('loss');
    expect(after.points).toBeLessThanOrEqual(LOSS_CAP);
    expect(after.points).toBeLessThan(before.points);
  });
});
