// refuse() checks the shape of every step of a log: a decision read from a save, a code or a
// hot-seat screen must be a known decision with a side where one is needed, a known tone, the
// scenario's own issues and terms, and team answers of accept, reject or a counter-offer.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { applyInPlace, createGame, refuse, replay } from '../../src/sim/game';
import { copyForStep } from '../../src/sim/copy';
import { shapeRefusal } from '../../src/sim/action-shape';
import { makeSave, readSave, verifySave } from '../../src/platform/save-format';
import { shippedLevel } from '../helpers/level';
import { legalActions, randomGame } from '../helpers/random-game';

let level: Level;
let fresh: GameState;
let pkg: Record<string, string>;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
  fresh = createGame(level, { seed: 4, difficulty: 'tense' });
  pkg = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id]));
});

const asAction = (x: unknown) => x as MediatorAction;

describe('the shape of a step', () => {
  it('refuses a team answer that is not accept, reject or a counter-offer ("banana")', () => {
    for (const answer of ['banana', 'ACCEPT', 1, null, [], { verdict: 'banana' }, { verdict: 'counter', counter: 'x' }]) {
      const why = refuse(level, fresh, asAction({ type: 'propose', proposal: pkg, humans: { th: answer } }));
      expect(why?.key, JSON.stringify(answer)).toBe('sim.refuse.badAnswer');
    }
    for (const answer of ['accept', 'reject', { verdict: 'counter', counter: {} }, { verdict: 'counter', counter: { [level.issues[0]!.id]: level.issues[0]!.options[1]!.id } }]) {
      expect(refuse(level, fresh, asAction({ type: 'propose', proposal: pkg, humans: { kh: answer } })), JSON.stringify(answer)).toBeNull();
    }
  });

  it('refuses unknown tones, sides, decisions, issues and terms', () => {
    const issue = level.issues[0]!;
    const cases: Array<[unknown, string]> = [
      [{ type: 'statement', side: 'th', tone: 'banana' }, 'sim.refuse.badTone'],
      [{ type: 'statement', side: 'th' }, 'sim.refuse.badTone'],
      [{ type: 'shuttle', side: 'laos' }, 'sim.refuse.chooseSide'],
      [{ type: 'shuttle' }, 'sim.refuse.chooseSide'],
      [{ type: 'advise', side: null }, 'sim.refuse.chooseSide'],
      [{ type: 'teleport' }, 'sim.refuse.unknownAction'],
      [{ type: 42 }, 'sim.refuse.unknownAction'],
      ['host_talks', 'sim.refuse.unknownAction'],
      [null, 'sim.refuse.unknownAction'],
      // A term id the issue lacks leaves that issue missing (the one rule, missingIssues).
      [{ type: 'propose', proposal: { ...pkg, [issue.id]: 'banana' } }, 'sim.refuse.missingTerms'],
      [{ type: 'propose', proposal: { ...pkg, [issue.id]: 7 } }, 'sim.refuse.badPackage'],
      [{ type: 'propose', proposal: { ...pkg, moon: 'yes' } }, 'sim.refuse.badPackage'],
      [{ type: 'propose', proposal: 'all of it' }, 'sim.refuse.badPackage'],
      [{ type: 'propose', proposal: pkg, humans: { laos: 'accept' } }, 'sim.refuse.chooseSide'],
      [{ type: 'propose', proposal: pkg, humans: 'accept' }, 'sim.refuse.badAnswer'],
      // A counter names the scenario's issues (an unknown term is taken from the tabled package, see hotseat-counter.test.ts).
      [{ type: 'propose', proposal: pkg, humans: { th: { verdict: 'counter', counter: { moon: 'yes' } } } }, 'sim.refuse.badPackage'],
      [{ type: 'propose', proposal: pkg, humans: { th: { verdict: 'counter', counter: { [issue.id]: ['a'] } } } }, 'sim.refuse.badPackage'],
      [{ type: 'propose', proposal: pkg, humans: { th: { verdict: 'counter', counter: { moon: issue.options[0]!.id } } } }, 'sim.refuse.badPackage'],
      [{ type: 'propose', proposal: pkg, humans: { th: { verdict: 'counter', counter: { [issue.id]: 3 } } } }, 'sim.refuse.badPackage'],
    ];
    for (const [action, key] of cases) expect(refuse(level, fresh, asAction(action))?.key, JSON.stringify(action)).toBe(key);
  });

  it('never refuses the shape of a decision the rules offer (random legal games)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.nat(500), { maxLength: 40 }), (seed, choices) => {
      const g = randomGame(level, seed, 'tense', choices);
      for (const a of g.log) expect(shapeRefusal(level, a)).toBeNull();
      for (const [i, pick] of choices.slice(0, 5).entries()) for (const a of legalActions(level, g, pick + i)) expect(shapeRefusal(level, a)).toBeNull();
    }), { numRuns: 60 });
  });

  it('refuses any step changed into a malformed one, wherever it sits in a log', () => {
    const broken = fc.constantFrom<unknown>(
      { type: 'statement', side: 'kh', tone: 'shout' }, { type: 'consult', side: 'xx' }, { type: 'propose', proposal: { nope: 'x' } },
      { type: 'nothing' }, 7, { type: 'propose', proposal: {}, humans: { kh: 'banana' } },
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.nat(500), { minLength: 1, maxLength: 30 }), fc.nat(), broken, (seed, choices, at, bad) => {
      const g = randomGame(level, seed, 'calm', choices);
      if (g.log.length === 0) return;
      const log = g.log.slice();
      const i = at % log.length;
      log[i] = asAction(bad);
      // Replay skips refused steps, so the log no longer replays to itself.
      expect(replay(level, seed, 'calm', log).log.length).toBeLessThan(log.length);
      expect(shapeRefusal(level, bad)).not.toBeNull();
    }), { numRuns: 80 });
  });

  it('a saved game whose log holds a "banana" team answer is refused', () => {
    const log: MediatorAction[] = [{ type: 'host_talks' }, asAction({ type: 'propose', proposal: pkg, humans: { th: 'banana' } })];
    // The state the banana step leads to when applied without its check, as such a save holds it.
    const claimed = copyForStep(replay(level, 4, 'tense', [log[0]!]));
    applyInPlace(level, claimed, log[1]!);
    const r = readSave(JSON.parse(JSON.stringify(makeSave(level.id, claimed))));
    expect(r.ok).toBe(true);
    if (r.ok) expect(verifySave(level, r.save)?.key).toBe('menu.save.mismatch');
  });
});
