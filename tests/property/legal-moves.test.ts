// `legalMoves` is the one answer to "what can the envoy do now?": over random states of every
// scenario it lists every decision exactly once, its refusal is the one `refuse()` gives, an open
// move is accepted by `step()` and a closed one is refused by it with the same reason. Tabling is
// judged the same way for any complete package, and `missingIssues` names what a draft lacks.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVEL_IDS } from '../../src/content/levels';
import { DIFFICULTIES, SIDES, type Level } from '../../src/sim/level';
import type { GameState, MediatorAction, Proposal } from '../../src/sim/state';
import { ACTIONS } from '../../src/sim/catalog';
import { refuse, step } from '../../src/sim/game';
import { legalMoves, openMoves } from '../../src/sim/legal-moves';
import { missingIssues } from '../../src/sim/refuse';
import { randomGame } from '../helpers/random-game';
import { shippedLevel } from '../helpers/level';

const levels = new Map<string, Level>();
beforeAll(async () => {
  for (const id of LEVEL_IDS) levels.set(id, await shippedLevel(id));
});

/** Every lever decision there is, each side and tone, written out without the sim's help. */
function everyLeverDecision(): MediatorAction[] {
  return ACTIONS.flatMap((a): MediatorAction[] => {
    if (a.type === 'statement') return SIDES.flatMap((side) => (['praise', 'blame'] as const).map((tone) => ({ type: 'statement' as const, side, tone })));
    if (a.targeted) return SIDES.map((side) => ({ type: a.type, side }) as MediatorAction);
    return [{ type: a.type } as MediatorAction];
  });
}

/** A package that takes term `picks[i]` of issue i (past the options: an id the scenario lacks; a negative pick leaves it out). */
function packageOf(level: Level, picks: readonly number[]): Proposal {
  const p: Proposal = {};
  level.issues.forEach((issue, i) => {
    const n = picks[i] ?? 0;
    if (n >= 0) p[issue.id] = issue.options[n]?.id ?? `no-such-term-${n}`;
  });
  return p;
}

const stateArb = fc.record({
  seed: fc.integer(),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  choices: fc.array(fc.nat({ max: 10_000 }), { maxLength: 40 }),
  picks: fc.array(fc.integer({ min: -1, max: 6 }), { minLength: 12, maxLength: 12 }),
});

function check(level: Level, game: GameState, picks: readonly number[]): void {
  const moves = legalMoves(level, game);
  // Every lever decision is listed once, with refuse()'s own answer and cost.
  const levers = moves.filter((m) => m.kind === 'lever');
  const all = everyLeverDecision();
  expect(levers.map((m) => m.action)).toHaveLength(all.length);
  for (const action of all) {
    const found = levers.filter((m) => JSON.stringify(m.action) === JSON.stringify(action));
    expect(found, JSON.stringify(action)).toHaveLength(1);
    expect(found[0]!.refusal).toEqual(refuse(level, game, action));
  }
  // Open moves are accepted by step(); closed ones are refused with the listed reason.
  for (const m of moves) {
    const action: MediatorAction = m.kind === 'lever' ? m.action : m.kind === 'end_round' ? { type: 'end_round' } : { type: 'propose', proposal: packageOf(level, level.issues.map(() => 0)) };
    const r = step(level, game, action);
    if (m.refusal === null) expect(r.ok, `${m.type} listed open`).toBe(true);
    else {
      expect(r.ok, `${m.type} listed closed`).toBe(false);
      if (!r.ok) expect(r.reason).toEqual(m.refusal);
    }
  }
  // Tabling: any complete package gets the listed answer; a draft missing terms, when tabling is
  // open, is refused naming exactly the issues missingIssues gives.
  const table = moves.find((m) => m.kind === 'propose')!;
  const draft = packageOf(level, picks);
  const missing = missingIssues(level, draft);
  const complete = packageOf(level, picks.map((n, i) => (n >= 0 && n < (level.issues[i]?.options.length ?? 0) ? n : 0)));
  expect(missingIssues(level, complete)).toEqual([]);
  expect(refuse(level, game, { type: 'propose', proposal: complete })).toEqual(table.refusal);
  if (table.refusal === null) {
    const why = refuse(level, game, { type: 'propose', proposal: draft });
    if (missing.length === 0) expect(why).toBeNull();
    else expect(why).toEqual({ key: 'sim.refuse.missingTerms', args: { issues: missing.join(',') } });
  }
  // Ending the round is open until the game is over.
  expect(moves.at(-1)).toMatchObject({ kind: 'end_round', refusal: game.outcome ? { key: 'sim.refuse.over' } : null });
  expect(openMoves(level, game).every((m) => m.refusal === null)).toBe(true);
}

describe('legalMoves agrees with the rules', () => {
  for (const id of LEVEL_IDS) {
    it(`${id}: every decision listed once, with refuse()'s answer, and step() agrees`, () => {
      const level = levels.get(id)!;
      fc.assert(
        fc.property(stateArb, ({ seed, difficulty, choices, picks }) => {
          check(level, randomGame(level, seed, difficulty, choices), picks);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('names a term the scenario does not have, or one left out, as missing', () => {
    const level = levels.get('december-2025')!;
    const [first, second] = level.issues;
    const p: Proposal = packageOf(level, level.issues.map(() => 0));
    p[first!.id] = 'not-an-option';
    delete p[second!.id];
    expect(missingIssues(level, p)).toEqual([first!.id, second!.id]);
  });

  it('lists closed moves with the reason a player would get (a used lever, an unaffordable one)', () => {
    const level = levels.get('december-2025')!;
    let game = randomGame(level, 5, 'tense', []);
    game = step(level, game, { type: 'host_talks' }).state;
    const talks = legalMoves(level, game).find((m) => m.type === 'host_talks')!;
    expect(talks.refusal).toEqual({ key: 'sim.refuse.alreadyUsed', args: { lever: 'host_talks' } });
    while (game.capital > 0) {
      const open = openMoves(level, game).find((m) => m.kind === 'lever' && m.cost > 0);
      if (!open || open.kind !== 'lever') break;
      game = step(level, game, open.action).state;
    }
    const dear = legalMoves(level, game).filter((m) => m.refusal?.key === 'sim.refuse.tooCostly');
    expect(dear.length).toBeGreaterThan(0);
  });
});
