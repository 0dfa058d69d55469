// A delegation's view holds its own numbers and the public record, never the other delegation's
// private numbers: changing every one of Cambodia's (its state, its values, weights, reservation
// value, thresholds, the reasons behind its answers) leaves Thailand's view exactly as it was,
// while changing Thailand's own moves it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level, SideId } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { playOut } from '../../src/sim/strategies';
import { balanced } from '../../src/sim/balance/strategies';
import { delegationView } from '../../src/sim/seats/view';
import { envoyNext } from '../../src/sim/seats/envoy-policy';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

/** A game part-way through round 3 with a package on the table and counter-offers from round 2. */
function midGame(seed = 5): GameState {
  let g = createGame(level, { seed, difficulty: 'tense' });
  while (!(g.round === 3 && g.tabled)) g = step(level, g, envoyNext(level, g)!).state;
  return g;
}

/** The level with one side's private data changed: values of every option, weights, thresholds. */
function otherData(l: Level, side: SideId): Level {
  const d = l.sides[side];
  return {
    ...l,
    sides: {
      ...l.sides,
      [side]: {
        ...d, rv0: d.rv0 * 0.5 + 0.2, w0: d.w0 * 0.5 + 0.1, beta0: d.beta0 * 2, walkout: d.walkout / 2, backlash: d.backlash / 3,
        weights: Object.fromEntries(Object.entries(d.weights).map(([k, w], i) => [k, (w as number) + i])),
        domesticWeights: Object.fromEntries(Object.entries(d.domesticWeights).map(([k, w], i) => [k, (w as number) * (i + 2)])),
      },
    },
    issues: l.issues.map((i) => ({ ...i, options: i.options.map((o, k) => ({ ...o, value: { ...o.value, [side]: (k % 3) / 2 } })) })),
  };
}

/** The game with one side's private state changed, and the reasons of its answers rewritten. */
function otherState(g: GameState, side: SideId): GameState {
  const s = g.sides[side];
  const scramble = (a: GameState['answers'][number]) => (a.side === side ? { ...a, reason: { ...a.reason, utility: 0.123, target: 0.987, domestic: 0.5, ratification: 0.4, pressure: 0.9, wouldPass: 'x' } } : a);
  return {
    ...g,
    sides: {
      ...g.sides,
      [side]: { ...s, pain: 1 - s.pain, edge: -s.edge, pressure: 1 - s.pressure, trustOther: 0.01, trustMediator: 0.99, bias: -s.bias, leverage: 0.7, adviceBelieved: !s.adviceBelieved, concessionSeen: 0.3, lastOfferUtility: 0.42, opponentWeights: {} },
    },
    answers: g.answers.map(scramble),
    reports: g.reports.map((r) => ({ ...r, answers: r.answers.map(scramble) })),
  };
}

describe("a delegation's view", () => {
  it("does not move when any of the other delegation's private numbers changes", () => {
    const g = midGame();
    const th = delegationView(level, g, 'th');
    expect(delegationView(otherData(level, 'kh'), g, 'th')).toEqual(th);
    expect(delegationView(level, otherState(g, 'kh'), 'th')).toEqual(th);
    expect(delegationView(otherData(level, 'kh'), otherState(g, 'kh'), 'th')).toEqual(th);
    const kh = delegationView(level, g, 'kh');
    expect(delegationView(otherData(level, 'th'), otherState(g, 'th'), 'kh')).toEqual(kh);
  });

  it('moves when its own numbers change (so the test above can fail)', () => {
    const g = midGame();
    const th = delegationView(level, g, 'th');
    expect(delegationView(otherData(level, 'th'), g, 'th')).not.toEqual(th);
    expect(delegationView(level, otherState(g, 'th'), 'th')).not.toEqual(th);
  });

  it("names no number of the other side's answers, only their verdict and counter-offer", () => {
    const g = midGame();
    const v = delegationView(level, g, 'kh');
    const theirs = v.table.answers.filter((a) => a.whose === 'other');
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).not.toHaveProperty('reason');
    expect(v.table.answers.find((a) => a.whose === 'own')?.reason?.utility).toBeCloseTo(v.table.assessment!.utility, 9);
    for (const r of v.history) for (const c of r.changes) expect(c.meter.startsWith('th.')).toBe(false);
    expect(JSON.stringify(v)).not.toContain('"th.');
  });

  it("shows its own walk-away point, its public's mood and its weighing of the tabled package", () => {
    const g = midGame();
    const v = delegationView(level, g, 'th');
    expect(v.own.pressure).toBe(g.sides.th.pressure);
    // This game's own draw of its walk-away point and weights (sim/negotiation/preferences.ts), not the scenario's published ones.
    expect(v.own.reservationBase).toBe(g.sides.th.prefs!.rv0);
    expect(v.own.issues.map((i) => i.weight)).toEqual(g.sides.th.prefs!.weights);
    expect(v.own.redLine?.issue).toBe(level.issues[g.sides.th.prefs!.redLine]?.id);
    expect(v.own.reservation).toBeGreaterThanOrEqual(0.05);
    expect(v.table.tabled).toEqual(g.tabled);
    expect(v.own.issues.reduce((a, i) => a + i.weight, 0)).toBeCloseTo(1, 9);
    expect(v.own.issues[0]!.values).toEqual(Object.fromEntries(level.issues[0]!.options.map((o) => [o.id, o.value.th])));
  });

  it('is plain JSON and the same for the same game', () => {
    const g = playOut(level, createGame(level, { seed: 9 }), balanced);
    const v = delegationView(level, g, 'kh');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect(delegationView(level, g, 'kh')).toEqual(v);
    expect(v.history).toHaveLength(g.reports.length);
  });
});
