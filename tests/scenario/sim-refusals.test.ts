// Illegal moves are refused with a reason the player can act on, and leave the state unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';
import { say } from '../../src/ui/say';

let level: Level;
let fresh: GameState;
beforeAll(async () => {
  level = await shippedLevel();
  fresh = createGame(level, { seed: 5 });
});

function refused(g: GameState, action: Parameters<typeof step>[2]): string {
  const r = step(level, g, action);
  expect(r.ok).toBe(false);
  expect(r.state).toBe(g);
  return r.ok ? '' : say(level, r.reason);
}

describe('refusals', () => {
  it('refuses a lever used twice in one round', () => {
    const g = step(level, fresh, { type: 'host_talks' }).state;
    expect(refused(g, { type: 'host_talks' })).toMatch(/already used “Host talks” this round/);
  });

  it('refuses a lever the mediator cannot afford, naming cost and capital left', () => {
    let g = step(level, fresh, { type: 'host_talks' }).state;
    g = step(level, g, { type: 'hotline' }).state;
    expect(g.capital).toBe(1);
    expect(refused(g, { type: 'deploy_observers' })).toMatch(/costs 2 political capital; you have 1 left/);
  });

  it('refuses an incomplete package and names the missing issues', () => {
    const { boundary: _b, trade: _t, ...partial } = fairPackage(level);
    const reason = refused(fresh, { type: 'propose', proposal: partial });
    expect(reason).toContain(level.issues.find((i) => i.id === 'boundary')!.label);
    expect(reason).toContain(level.issues.find((i) => i.id === 'trade')!.label);
  });

  it('refuses more levers once the delegations have answered, until the round ends', () => {
    const g = step(level, fresh, { type: 'propose', proposal: fairPackage(level) }).state;
    expect(g.answers).toHaveLength(2);
    expect(refused(g, { type: 'host_talks' })).toMatch(/End the round/);
  });

  it('refuses a second hotline and any move after the game is over', () => {
    const g = step(level, fresh, { type: 'hotline' }).state;
    const next = step(level, g, { type: 'end_round' }).state;
    expect(refused(next, { type: 'hotline' })).toMatch(/already open/);
    const over: GameState = { ...next, outcome: { kind: 'loss', reason: 'war', score: 0, breakdown: { acceptance: 0, livesSaved: 0, returns: 0, durability: 0, credibility: 0 } } };
    expect(refused(over, { type: 'end_round' })).toMatch(/scenario is over/);
  });

  it('does not spend capital or draw randomness on a refused move', () => {
    const r = step(level, fresh, { type: 'statement', side: 'xx' as 'th', tone: 'praise' });
    expect(r.ok).toBe(false);
    expect(r.state.rng).toEqual(fresh.rng);
  });
});
