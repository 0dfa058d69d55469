// "What the delegations were thinking": the debrief's reveal of each side's hidden numbers must
// match what the model really used, round by round, for the game that was played.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { createGame, step } from '../../src/sim/game';
import { readSide } from '../../src/sim/negotiation/model';
import { playOut, sensible } from '../../src/sim/strategies';
import { priorities, revealThinking } from '../../src/ui/projector/reveal';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

describe('revealThinking', () => {
  it('has one entry per round played, and round 1 is the model’s opening reading', () => {
    const start = createGame(level, { seed: 21 });
    const g = playOut(level, start, sensible);
    const rounds = revealThinking(level, g);
    expect(rounds.map((r) => r.round)).toEqual(g.reports.map((r) => r.round));
    const first = readSide(level, start, 'th');
    expect(rounds[0]?.sides.th.rv).toBeCloseTo(first.rv, 10);
    expect(rounds[0]?.sides.th.target).toBeCloseTo(first.target, 10);
    for (const r of rounds) for (const s of [r.sides.th, r.sides.kh]) expect(s.target).toBeGreaterThanOrEqual(s.rv * 0.8 - 1e-9);
  });

  it('shows each side’s value of a tabled package and the answer it gave', () => {
    const g = playOut(level, createGame(level, { seed: 5 }), sensible);
    const rounds = revealThinking(level, g);
    const tabled = g.reports.filter((r) => r.answers.length > 0);
    expect(tabled.length).toBeGreaterThan(0);
    for (const report of tabled) {
      const seen = rounds.find((r) => r.round === report.round)!;
      for (const a of report.answers) {
        expect(seen.sides[a.side].offer?.verdict).toBe(a.verdict);
        expect(seen.sides[a.side].offer?.utility).toBeCloseTo(a.reason.utility, 10);
      }
    }
    const quiet = rounds.filter((r) => !tabled.some((t) => t.round === r.round));
    for (const r of quiet) expect(r.sides.th.offer).toBeNull();
  });

  it('marks an answer given by a human team', () => {
    let g = createGame(level, { seed: 9 });
    const proposal = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id]));
    g = step(level, g, { type: 'propose', proposal, humans: { kh: 'accept' } }).state;
    g = step(level, g, { type: 'end_round' }).state;
    const [r1] = revealThinking(level, g);
    expect(r1?.sides.kh.offer).toMatchObject({ verdict: 'accept', byTeam: true });
    expect(r1?.sides.th.offer?.byTeam).toBe(false);
  });
});

describe('priorities', () => {
  it('lists every open issue once, most important first, shares summing to 1', () => {
    for (const side of ['th', 'kh'] as const) {
      const p = priorities(level, side);
      expect(p).toHaveLength(level.issues.length);
      expect(p.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 10);
      for (let i = 1; i < p.length; i++) expect(p[i - 1]!.share).toBeGreaterThanOrEqual(p[i]!.share);
    }
  });
});
