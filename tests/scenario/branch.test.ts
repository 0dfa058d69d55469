// "Try again from day N": the branch starts where the parent stood at the start of that day, names
// its parent, and the comparison finds the first different decision (or none when the player makes
// the same decisions again), with the meters, answers and endings of both games.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { createGame, replay, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { branchDays, decisionsBefore } from '../../src/sim/branch-log';
import { compareGames, compareTimelines, findSplit, sameDecision } from '../../src/sim/compare';
import { playOut, sensible } from '../../src/sim/strategies';
import { stateDigest } from '../../src/sim/digest';
import { shippedLevel } from '../helpers/level';

let level: Level;
let parent: GameState;

/** Plays the rest of `g` with the parent's decisions from `from` on (skipping refused ones). */
function playLog(g: GameState, actions: readonly MediatorAction[]): GameState {
  for (const a of actions) g = step(level, g, a).state;
  return g;
}

beforeAll(async () => {
  level = await shippedLevel('december-2025');
  parent = replay(level, 7, 'tense', playOut(level, createGame(level, { seed: 7, difficulty: 'tense' }), sensible).log);
});

describe('decisionsBefore', () => {
  const log: MediatorAction[] = [{ type: 'host_talks' }, { type: 'end_round' }, { type: 'hotline' }, { type: 'end_round' }, { type: 'aid_package' }];
  it('keeps the decisions of the days before, up to that day\'s start', () => {
    expect(decisionsBefore(log, 1)).toEqual([]);
    expect(decisionsBefore(log, 2)).toEqual(log.slice(0, 2));
    expect(decisionsBefore(log, 3)).toEqual(log.slice(0, 4));
  });
  it('has nothing for a day the game never began', () => {
    expect(decisionsBefore(log, 4)).toBeNull();
    expect(decisionsBefore(log, 0)).toBeNull();
  });
});

describe('startBranch', () => {
  it('offers every day the finished game played', () => {
    expect(parent.outcome).not.toBeNull();
    expect(branchDays(parent)).toEqual(parent.reports.map((r) => r.round));
  });

  it('starts day 3 in the state the parent had at the start of day 3, naming its parent', () => {
    const b = startBranch(level, parent, 3)!;
    expect(b.round).toBe(3);
    expect(b.outcome).toBeNull();
    expect(b.reports.map((r) => r.round)).toEqual([1, 2]);
    expect(b.parent).toEqual({ log: parent.log, fromRound: 3 });
    expect(stateDigest(b)).toBe(stateDigest(replay(level, 7, 'tense', decisionsBefore(parent.log, 3)!)));
  });

  it('from day 1 is a fresh game with the same seed', () => {
    const b = startBranch(level, parent, 1)!;
    expect(b.log).toEqual([]);
    expect(stateDigest(b)).toBe(stateDigest(createGame(level, { seed: 7, difficulty: 'tense' })));
  });

  it('refuses a day the game never reached', () => {
    expect(startBranch(level, parent, parent.reports.length + 1)).toBeNull();
    expect(startBranch(level, parent, 0)).toBeNull();
  });
});

describe('compare', () => {
  it('a branch that repeats the parent\'s decisions shows no split and the same ending', () => {
    const b = startBranch(level, parent, 3)!;
    const again = playLog(b, parent.log.slice(b.log.length));
    const c = compareGames(parent, again);
    expect(c.split).toBeNull();
    expect(c.answers).toEqual([]);
    expect(c.endings.branch).toEqual(c.endings.parent);
    for (const m of c.meters) expect(m.branch).toBe(m.parent);
  });

  it('names the first different decision on day 3, and replays both games the same way from their logs', () => {
    const b = startBranch(level, parent, 3)!;
    const at = b.log.length;
    // Day 3 begins with the US tariff threat instead of the parent's first decision of the day.
    const first: MediatorAction = { type: 'us_tariff_threat' };
    expect(sameDecision(parent.log[at], first)).toBe(false);
    let g = step(level, b, first);
    expect(g.ok).toBe(true);
    const played = playOut(level, g.state, sensible);
    const c = compareTimelines(level, { seed: 7, difficulty: 'tense', log: parent.log }, { seed: 7, difficulty: 'tense', log: played.log });
    expect(c.split).toEqual({ index: at, round: 3, parent: parent.log[at], branch: first });
    expect(c.answers[0]!.round).toBe(3);
    expect(c.answers.map((a) => a.side).slice(0, 2)).toEqual(['th', 'kh']);
    expect(c.endings.parent).toEqual(parent.outcome);
    expect(c.endings.branch).toEqual(played.outcome);
    expect(c.meters.find((m) => m.meter === 'livesLost')).toEqual({ meter: 'livesLost', parent: parent.livesLost, branch: played.livesLost });
  });

  it('ignores the order a package\'s terms were picked in', () => {
    const a: MediatorAction = { type: 'propose', proposal: { ceasefire: 'immediate', observers: 'asean' } as never };
    const b: MediatorAction = { type: 'propose', proposal: { observers: 'asean', ceasefire: 'immediate' } as never };
    expect(findSplit([a], [b])).toBeNull();
  });

  it('a longer log splits where the shorter ended', () => {
    const log: MediatorAction[] = [{ type: 'host_talks' }, { type: 'end_round' }];
    expect(findSplit(log, [...log, { type: 'hotline' }])).toEqual({ index: 2, round: 2, parent: null, branch: { type: 'hotline' } });
  });
});
