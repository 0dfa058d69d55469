// @vitest-environment happy-dom
// The comparison panel draws what compare.ts computed: a branch that repeats every decision of its
// parent says the games never split and lists no answers; one that decides differently names the
// day and both decisions, and lists the answers from that day. A game that is not a branch has none.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { playOut, sensible } from '../../src/sim/strategies';
import { comparePanel } from '../../src/ui/branch/compare-view';
import { shippedLevel } from '../helpers/level';

let level: Level;
let parent: GameState;
beforeAll(async () => {
  level = await shippedLevel();
  parent = playOut(level, createGame(level, { seed: 3, difficulty: 'tense' }), sensible);
});

describe('comparePanel', () => {
  it('a game that is not a branch has no comparison', () => {
    expect(comparePanel(level, parent)).toBeNull();
  });

  it('a branch that repeats the parent\'s decisions says they never split', () => {
    let g = startBranch(level, parent, 2)!;
    for (const a of parent.log.slice(g.log.length)) g = step(level, g, a).state;
    const panel = comparePanel(level, g)!;
    expect(panel.querySelector('.branch-split')!.textContent).toBe('You made the same decisions as the first time, so the two games never split and ended the same way.');
    expect(panel.querySelectorAll('table')).toHaveLength(1);
    expect([...panel.querySelectorAll('tbody tr td:last-child')].every((td) => td.textContent === 'no change')).toBe(true);
  });

  it('a branch that decides differently names the day and both decisions, and lists the answers from that day', () => {
    const b = startBranch(level, parent, 2)!;
    const played = playOut(level, step(level, b, { type: 'aid_package' }).state, sensible);
    const panel = comparePanel(level, played)!;
    expect(panel.querySelector('.branch-split')!.textContent).toBe(`They split on day 2. The first time, your first different decision was “Open a military hotline”; this time it was “Offer an ASEAN aid package”.`);
    const answers = panel.querySelectorAll('table')[1]!;
    expect(answers.querySelector('caption')!.textContent).toBe('The delegations\' answers from day 2');
    expect(answers.querySelector('tbody th')!.textContent).toBe('Day 2');
  });
});
