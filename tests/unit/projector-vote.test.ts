// Which moves the projector view's class vote offers: only moves the sim accepts, levers from
// different families, tabling when a package can be tabled, ending the round last; never a
// one-option vote (at least two moves whenever anything but ending is possible, and none at all,
// so the panel says so, when ending the round is the only move left).
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../../src/sim/level';
import { DIFFICULTIES } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { ACTIONS } from '../../src/sim/catalog';
import { createGame, refuse, step } from '../../src/sim/game';
import { shippedLevel } from '../helpers/level';
import { legalActions, randomGame } from '../helpers/random-game';
import { canTable, leverPool, MAX_MOVES, voteMoves, type VoteMove } from '../../src/ui/projector/candidates';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const start = (seed = 42): GameState => createGame(level, { seed, difficulty: 'calm' });
const kinds = (moves: VoteMove[]) => moves.map((m) => (m.kind === 'lever' ? m.action.type : m.kind));
const act = (game: GameState, action: MediatorAction): GameState => {
  const r = step(level, game, action);
  expect(r.ok, action.type).toBe(true);
  return r.state;
};
/** Every lever used this round, both readings asked for: no lever is left, whatever the capital. */
const leversSpent = (game: GameState): GameState => ({ ...game, usedThisRound: ACTIONS.map((a) => a.type), consulted: ['th', 'kh'] });

describe('class vote moves', () => {
  it('opens a round with two levers from different families, tabling and ending the round', () => {
    const game = start();
    const moves = voteMoves(level, game);
    expect(moves).toHaveLength(MAX_MOVES);
    expect(kinds(moves).slice(2)).toEqual(['table', 'end']);
    const levers = moves.flatMap((m) => (m.kind === 'lever' ? [m] : []));
    expect(new Set(levers.map((m) => m.info.family)).size).toBe(2);
    for (const m of levers) expect(refuse(level, game, m.action)).toBeNull();
  });

  it('offers only levers the sim accepts now (an open hotline is not offered again)', () => {
    const game = act(start(), { type: 'hotline' });
    const pool = leverPool(level, game);
    expect(pool.map((m) => m.action.type)).not.toContain('hotline');
    for (const m of pool) expect(refuse(level, game, m.action)).toBeNull();
  });

  it('sends targeted levers to the side that trusts the envoy least', () => {
    const game = start();
    const low = game.sides.th.trustMediator <= game.sides.kh.trustMediator ? 'th' : 'kh';
    const shuttle = leverPool(level, game).find((m) => m.action.type === 'shuttle');
    expect(shuttle?.action).toEqual({ type: 'shuttle', side: low });
    const statement = leverPool(level, game).find((m) => m.action.type === 'statement');
    expect(statement?.action).toEqual({ type: 'statement', side: low, tone: 'praise' });
  });

  it('with no capital left and no free reading, says only ending is left (no one-option vote)', () => {
    const game = { ...start(), capital: 0 };
    expect(canTable(level, game)).toBe(false);
    expect(voteMoves(level, game)).toEqual([]);
  });

  it('with levers used up but capital left, still offers tabling and ending: two moves', () => {
    const game = { ...leversSpent(start()), capital: 2 };
    expect(leverPool(level, game)).toEqual([]);
    expect(kinds(voteMoves(level, game))).toEqual(['table', 'end']);
  });

  it('with no capital, still offers a free reading from a delegation that trusts the envoy', () => {
    const base = start();
    const game: GameState = { ...base, capital: 0, sides: { ...base.sides, kh: { ...base.sides.kh, trustMediator: 0.8 } } };
    const moves = voteMoves(level, game);
    expect(kinds(moves)).toEqual(['consult', 'end']);
    expect(moves[0]).toMatchObject({ action: { type: 'consult', side: 'kh' } });
  });

  it('skips a delegation already asked, and offers nothing once a package is tabled', () => {
    const asked = act(start(), { type: 'consult', side: start().sides.th.trustMediator <= start().sides.kh.trustMediator ? 'th' : 'kh' });
    const consult = leverPool(level, asked).find((m) => m.action.type === 'consult');
    expect(consult && 'side' in consult.action && asked.consulted.includes(consult.action.side)).toBe(false);
    const proposal = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id]));
    const tabled = act(start(), { type: 'propose', proposal });
    expect(voteMoves(level, tabled)).toEqual([]);
  });

  it('keeps to what a scenario offers and unlocks', () => {
    const narrow: Level = { ...level, levers: ['host_talks', 'propose'], unlocks: { propose: 3 } } as Level;
    expect(kinds(voteMoves(narrow, start()))).toEqual(['host_talks', 'end']);
    const later = { ...start(), round: 3 };
    expect(kinds(voteMoves(narrow, later))).toEqual(['host_talks', 'table', 'end']);
  });

  it('"Other options" shows other levers, always with tabling and ending', () => {
    const game = start();
    const first = voteMoves(level, game, 0);
    const next = voteMoves(level, game, 2);
    expect(kinds(next).slice(-2)).toEqual(['table', 'end']);
    expect(kinds(next).slice(0, 2)).not.toEqual(kinds(first).slice(0, 2));
    expect(voteMoves(level, game, 2 + leverPool(level, game).length)).toEqual(next);
  });

  it('over random games: two to four moves exactly when anything but ending the round is legal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...DIFFICULTIES),
        fc.array(fc.nat({ max: 1000 }), { maxLength: 40 }),
        fc.nat({ max: 20 }),
        (seed, difficulty, choices, offset) => {
          const game = randomGame(level, seed, difficulty, choices);
          const moves = voteMoves(level, game, offset);
          const legal = legalActions(level, game, 0);
          const onlyEnd = legal.every((a) => a.type === 'end_round');
          expect(leverPool(level, game).length > 0).toBe(legal.some((a) => a.type !== 'end_round' && a.type !== 'propose'));
          expect(canTable(level, game)).toBe(legal.some((a) => a.type === 'propose'));
          if (onlyEnd) {
            expect(moves).toEqual([]);
            return;
          }
          expect(moves.length).toBeGreaterThanOrEqual(2);
          expect(moves.length).toBeLessThanOrEqual(MAX_MOVES);
          expect(moves.at(-1)).toEqual({ kind: 'end' });
          for (const m of moves) if (m.kind === 'lever') expect(refuse(level, game, m.action)).toBeNull();
          expect(moves.some((m) => m.kind === 'table')).toBe(canTable(level, game));
        },
      ),
      { numRuns: 300 },
    );
  });
});
