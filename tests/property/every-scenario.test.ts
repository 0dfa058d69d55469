// Hardening over every shipped scenario and every difficulty: random decision sequences (legal
// moves and arbitrary ones the rules must refuse) never make the sim throw, never push a meter out
// of its range or any number to NaN or Infinity, always end the game by its round limit, and the
// decision log replays to the identical state. December's reducer properties live in reducers.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVEL_IDS } from '../../src/content/levels';
import { DIFFICULTIES, SIDES, type Level } from '../../src/sim/level';
import { ACTIONS } from '../../src/sim/catalog';
import type { GameState, MediatorAction, Proposal } from '../../src/sim/state';
import { createGame, replay, step } from '../../src/sim/game';
import { legalActions } from '../helpers/random-game';
import { shippedLevel } from '../helpers/level';
import { badNumbers, meterProblems } from './invariants';

const levels = new Map<string, Level>();
beforeAll(async () => {
  for (const id of LEVEL_IDS) levels.set(id, await shippedLevel(id));
});

/** A well-typed decision the rules may well refuse: a lever of any kind, any side and tone, a package of any terms (some unknown). */
const anyDecision = fc.record({
  type: fc.constantFrom(...ACTIONS.map((a) => a.type)),
  side: fc.constantFrom(...SIDES),
  tone: fc.constantFrom('praise' as const, 'blame' as const),
  terms: fc.array(fc.nat({ max: 12 }), { minLength: 12, maxLength: 12 }),
});

/** A move: an index into the legal moves, or an arbitrary decision. */
const move = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 10_000 }).map((n) => ({ legal: n }) as const) },
  { weight: 1, arbitrary: anyDecision.map((a) => ({ any: a }) as const) },
);

/** The decision `a` describes, in `level`'s terms (a term index past the options is an unknown id). */
function decisionOf(level: Level, a: typeof anyDecision extends fc.Arbitrary<infer T> ? T : never): MediatorAction {
  if (a.type === 'propose') {
    const proposal: Proposal = {};
    level.issues.forEach((issue, i) => {
      const n = a.terms[i] ?? 0;
      proposal[issue.id] = issue.options[n]?.id ?? `unknown-${n}`;
    });
    return { type: 'propose', proposal };
  }
  return { type: a.type, side: a.side, tone: a.tone } as MediatorAction;
}

function play(level: Level, seed: number, difficulty: GameState['difficulty'], moves: ReadonlyArray<{ legal: number } | { any: Parameters<typeof decisionOf>[1] }>): GameState {
  let g = createGame(level, { seed, difficulty });
  for (const m of moves) {
    if (g.outcome) break;
    let action: MediatorAction;
    if ('legal' in m) {
      const legal = legalActions(level, g, m.legal);
      action = legal[m.legal % legal.length]!;
    } else action = decisionOf(level, m.any);
    const r = step(level, g, action);
    if ('any' in m && !r.ok) expect(r.state).toBe(g);
    g = r.state;
    expect(meterProblems(g)).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  }
  // Ending every remaining round finishes the game by its deadline at the latest.
  for (let i = 0; i <= level.rounds && !g.outcome; i++) g = step(level, g, { type: 'end_round' }).state;
  expect(g.outcome).not.toBeNull();
  expect(g.round).toBeLessThanOrEqual(level.rounds);
  expect(meterProblems(g)).toEqual([]);
  expect(badNumbers(g)).toEqual([]);
  return g;
}

describe('every scenario and difficulty under random decisions', () => {
  for (const id of LEVEL_IDS) {
    for (const difficulty of DIFFICULTIES) {
      it(`${id} (${difficulty}): never throws, stays in range, ends by its round limit, replays exactly`, () => {
        const level = levels.get(id)!;
        fc.assert(
          fc.property(fc.integer(), fc.array(move, { maxLength: 60 }), (seed, moves) => {
            const g = play(level, seed, difficulty, moves);
            expect(replay(level, seed, difficulty, g.log)).toEqual(g);
          }),
          { numRuns: 40 },
        );
      });
    }
  }
});
