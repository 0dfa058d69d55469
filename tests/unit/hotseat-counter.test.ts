// A hot-seat team's counter-offer: the sim records it as the team's answer (with the model's
// numbers as the reason, as for its other verdicts), the other delegation learns from it and the
// envoy can start from it, as from the model's own counters. It replays identically from the log,
// survives the compact log of a resume code, and logs and codes written before teams could counter
// still read the same.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction, Proposal } from '../../src/sim/state';
import { createGame, replay, step } from '../../src/sim/game';
import { completeCounter } from '../../src/sim/counter';
import { fairPackage } from '../../src/sim/strategies';
import { decodeLog, encodeLog } from '../../src/platform/log-codec';
import { replayStrict, restoreFromCode, resumeCodeOf } from '../../src/platform/restore';
import { decisionRows } from '../../src/platform/export';
import { makeSave, verifySave } from '../../src/platform/save-format';
import { loadLevel } from '../../src/content/levels';
import { shippedLevel } from '../helpers/level';

let level: Level;
let tabled: Proposal;
let counter: Proposal;
beforeAll(async () => {
  level = await shippedLevel();
  tabled = fairPackage(level);
  // The team keeps every term of the envoy's package but the first two, which it moves one option on.
  counter = { ...tabled };
  for (const issue of level.issues.slice(0, 2)) {
    const i = issue.options.findIndex((o) => o.id === tabled[issue.id]);
    counter[issue.id] = issue.options[(i + 1) % issue.options.length]!.id;
  }
});

/** Plays the decisions from a seed, failing on any refusal. */
function play(log: readonly MediatorAction[], seed = 42): GameState {
  let g = createGame(level, { seed, difficulty: 'calm' });
  for (const a of log) {
    const r = step(level, g, a);
    if (!r.ok) throw new Error(`refused ${a.type}: ${r.reason.key}`);
    g = r.state;
  }
  return g;
}

const teamCounters = (): MediatorAction => ({ type: 'propose', proposal: tabled, humans: { th: { verdict: 'counter', counter } } });

describe('a hot-seat team counters', () => {
  it('records the counter-offer as the team’s answer, with the model’s numbers as a human reason', () => {
    const model = play([{ type: 'host_talks' }, { type: 'propose', proposal: tabled }]);
    const g = play([{ type: 'host_talks' }, teamCounters()]);
    const th = g.answers.find((a) => a.side === 'th');
    const modelTh = model.answers.find((a) => a.side === 'th')!;
    expect(th).toEqual({ side: 'th', verdict: 'counter', reason: { ...modelTh.reason, kind: 'human' }, counter });
    // Cambodia is still the model's, and answers as it would have.
    expect(g.answers.find((a) => a.side === 'kh')).toEqual(model.answers.find((a) => a.side === 'kh'));
    expect(g.tabled).toEqual(tabled);
    expect(g.accord).toBeNull();
    expect(g.cues).toContain('counter');
  });

  it('is what the envoy can start from, and the other delegation learns from it', () => {
    const before = play([{ type: 'host_talks' }]);
    const g = play([{ type: 'host_talks' }, teamCounters()]);
    expect(g.sides.th.lastCounter).toEqual(counter);
    // Cambodia's picture of what Thailand cares about moves toward the issues the team changed.
    const moved = level.issues.slice(0, 2).map((i) => i.id);
    for (const id of moved) expect(g.sides.kh.opponentWeights[id]!).toBeGreaterThan(before.sides.kh.opponentWeights[id]!);
    expect(g.sides.kh.lastOfferUtility).not.toBeNull();
    // After the round the counter is still there for "Start from …" (the last report's answers).
    const next = step(level, g, { type: 'end_round' }).state;
    expect(next.reports.at(-1)?.answers.find((a) => a.side === 'th')?.counter).toEqual(counter);
  });

  it('keeps the teams’ answers apart: Cambodia’s team rejects while Thailand’s counters', () => {
    const g = play([{ type: 'propose', proposal: tabled, humans: { th: { verdict: 'counter', counter }, kh: 'reject' } }]);
    expect(g.answers.map((a) => [a.side, a.verdict, a.reason.kind])).toEqual([['th', 'counter', 'human'], ['kh', 'reject', 'human']]);
    expect(g.answers.find((a) => a.side === 'kh')?.counter).toBeUndefined();
  });

  it('completes a counter that leaves a term out or names an option the scenario lacks from the tabled package', () => {
    const [first, second] = level.issues;
    const partial: Proposal = { ...counter, [second!.id]: 'no-such-option' };
    delete partial[first!.id];
    const full = completeCounter(level, tabled, partial);
    expect(full[first!.id]).toBe(tabled[first!.id]);
    expect(full[second!.id]).toBe(tabled[second!.id]);
    expect(Object.keys(full).sort()).toEqual(level.issues.map((i) => i.id).sort());
    const g = play([{ type: 'propose', proposal: tabled, humans: { th: { verdict: 'counter', counter: partial } } }]);
    expect(g.sides.th.lastCounter).toEqual(full);
  });

  it('replays identically from the log, and a save of it checks out', () => {
    const g = play([{ type: 'host_talks' }, teamCounters(), { type: 'end_round' }, { type: 'deploy_observers' }, teamCounters()], 7);
    const again = replay(level, g.seed, g.difficulty, g.log);
    expect(again).toEqual(g);
    expect(verifySave(level, makeSave(level.id, g, 0))).toBeNull();
    expect(decisionRows(level, g).rows.filter((r) => /\(a team\) counters/.test(r.details))).toHaveLength(2);
  });

  it('round-trips through the compact log and a resume code', async () => {
    const g = play([{ type: 'host_talks' }, teamCounters(), { type: 'end_round' }, { type: 'propose', proposal: tabled, humans: { kh: { verdict: 'counter', counter }, th: 'accept' } }], 9);
    const text = encodeLog(level, g.log);
    expect(text).toMatch(/htc[0-9a-z]{8}/);
    expect(decodeLog(level, text)).toEqual(g.log);
    expect(replayStrict(level, g.seed, g.difficulty, text)).toEqual(g);
    const back = await restoreFromCode(resumeCodeOf(level, g), null, loadLevel);
    expect(back.ok && back.game).toEqual(g);
  });

  it('refuses a compact counter that is cut short or names no option', () => {
    const text = encodeLog(level, [teamCounters()]);
    const at = text.indexOf('htc');
    expect(decodeLog(level, text.slice(0, at + 5))).toBeNull();
    expect(decodeLog(level, `${text.slice(0, at + 3)}z${text.slice(at + 4)}`)).toBeNull();
    expect(decodeLog(level, text.replace('htc', 'htx'))).toBeNull();
  });
});

describe('logs and codes from before teams could counter', () => {
  // Written with the encoder as it was: host talks, a package with the second option of every
  // issue that Thailand's team accepted and Cambodia's rejected, then the end of the round.
  const OLD_LOG = 'HX11111111htahkrE';
  const OLD_CODE = 'AM1.CYUwxiC2BGIE4FoBMAGJBWAflsmASAGgIwmkkAWALgIbkDWcAokA.8jkhx';

  const oldActions = (): MediatorAction[] => {
    const proposal = Object.fromEntries(level.issues.map((i) => [i.id, i.options[1]!.id]));
    return [{ type: 'host_talks' }, { type: 'propose', proposal, humans: { th: 'accept', kh: 'reject' } }, { type: 'end_round' }];
  };

  it('decodes an old compact log to the string verdicts, and encodes them as before', () => {
    expect(decodeLog(level, OLD_LOG)).toEqual(oldActions());
    expect(encodeLog(level, oldActions())).toBe(OLD_LOG);
  });

  it('restores an old resume code to the game its log plays', async () => {
    const back = await restoreFromCode(OLD_CODE, null, loadLevel);
    expect(back.ok && back.game).toEqual(play(oldActions(), 5));
    expect(back.ok && back.game.reports.at(-1)?.answers.map((a) => [a.side, a.verdict, a.reason.kind])).toEqual([['th', 'accept', 'human'], ['kh', 'reject', 'human']]);
  });

  it('replays a saved log with string verdicts as before', () => {
    const g = play(oldActions(), 5);
    const saved = JSON.parse(JSON.stringify(g)) as GameState;
    expect(verifySave(level, makeSave(level.id, saved, 0))).toBeNull();
  });
});
