// Symmetry: the delegations are one model with different data. Swapping every parameter of the two
// sides (their data, their state, each option's values) must swap their readings and answers exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level, SideId } from '../../src/sim/level';
import type { GameState, Proposal, SideState } from '../../src/sim/state';
import { createGame } from '../../src/sim/game';
import { readSide } from '../../src/sim/negotiation/model';
import { respond } from '../../src/sim/negotiation/respond';
import { shippedLevel } from '../helpers/level';
import { delegationView } from '../../src/sim/seats/view';
import { seatScore } from '../../src/sim/seats/score';
import { propose } from '../../src/sim/propose';
import { copyForStep } from '../../src/sim/copy';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const flip = (s: SideId): SideId => (s === 'th' ? 'kh' : 'th');

/** The level with Thailand's and Cambodia's data exchanged. */
function swapLevel(l: Level): Level {
  return {
    ...l,
    sides: { th: l.sides.kh, kh: l.sides.th },
    issues: l.issues.map((i) => ({ ...i, options: i.options.map((o) => ({ ...o, value: { th: o.value.kh, kh: o.value.th } })) })),
    incidents: l.incidents.map((i) => ({ ...i, victim: i.victim === 'either' ? 'either' : flip(i.victim) })),
  };
}

/** The game with the two sides' states exchanged. */
function swapGame(g: GameState): GameState {
  return { ...g, sides: { th: g.sides.kh, kh: g.sides.th } };
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const signed = fc.double({ min: -1, max: 1, noNaN: true });

function sideState(l: Level): fc.Arbitrary<SideState> {
  return fc.record({
    pain: unit, edge: signed, pressure: unit, trustOther: unit, trustMediator: unit, bias: signed, leverage: unit,
    adviceBelieved: fc.boolean(), concessionSeen: fc.double({ min: 0, max: 0.3, noNaN: true }),
    weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: l.issues.length, maxLength: l.issues.length }),
  }).map(({ weights, ...s }) => ({
    ...s,
    opponentWeights: Object.fromEntries(l.issues.map((i, k) => [i.id, weights[k]!])),
    lastOfferUtility: null, lastCounter: null, walkedOut: false,
  }));
}

function proposal(l: Level): fc.Arbitrary<Proposal> {
  return fc.tuple(...l.issues.map((i) => fc.constantFrom(...i.options.map((o) => o.id)))).map((ids) =>
    Object.fromEntries(l.issues.map((i, k) => [i.id, ids[k]])) as Proposal,
  );
}

describe('symmetry of the delegations', () => {
  it('swapping every parameter of the two sides swaps their readings and answers exactly', () => {
    const base = createGame(level, { seed: 1 });
    const swapped = swapLevel(level);
    fc.assert(
      fc.property(sideState(level), sideState(level), fc.integer({ min: 1, max: level.rounds }), proposal(level), fc.nat(4), (th, kh, round, p, incidents) => {
        const g: GameState = { ...base, round, sides: { th, kh } };
        const g2 = swapGame(g);
        for (const side of ['th', 'kh'] as const) {
          expect(readSide(swapped, g2, flip(side))).toEqual(readSide(level, g, side));
          const a = respond(level, g, side, p, incidents);
          const b = respond(swapped, g2, flip(side), p, incidents);
          expect({ ...b, side: a.side }).toEqual(a);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('swapping the sides swaps everything a Thai and a Cambodian player see, and their scores', () => {
    const base = createGame(level, { seed: 1 });
    const swapped = swapLevel(level);
    fc.assert(
      fc.property(sideState(level), sideState(level), fc.integer({ min: 1, max: level.rounds }), proposal(level), (th, kh, round, p) => {
        // A package tabled in each game, so the views hold the table, both answers and the counters.
        const g = copyForStep({ ...base, round, sides: { th, kh } });
        propose(level, g, p, g.roundChanges);
        const g2 = copyForStep({ ...base, round, sides: { th: kh, kh: th } });
        propose(swapped, g2, p, g2.roundChanges);
        for (const side of ['th', 'kh'] as const) {
          expect({ ...delegationView(swapped, g2, flip(side)), seat: side }).toEqual(delegationView(level, g, side));
          // The same no-mediator baseline for both (the world's own draws are not mirrored by the swap).
          const baseline = 120 + round;
          expect({ ...seatScore(swapped, g2, flip(side), baseline), seat: side }).toEqual(seatScore(level, g, side, baseline));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is not trivially true: the two sides of the shipped level answer differently', () => {
    const g = createGame(level, { seed: 1 });
    const p = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id])) as Proposal;
    expect(respond(level, g, 'th', p, 0).reason.utility).not.toBe(respond(level, g, 'kh', p, 0).reason.utility);
  });
});
