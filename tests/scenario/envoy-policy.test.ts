// The AI envoy, one decision at a time, plays exactly the balanced strategy: stepping a game with
// `envoyNext` until it ends gives the same decisions and the same ending as `playOut(balanced)`,
// and a human delegation's answer changes what the envoy does next (it follows the counter-offers).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { playOut } from '../../src/sim/strategies';
import { balanced } from '../../src/sim/balance/strategies';
import { envoyNext } from '../../src/sim/seats/envoy-policy';
import { shippedLevel } from '../helpers/level';

let levels: Level[];
beforeAll(async () => {
  levels = await Promise.all(['chong-bok-2025', 'july-2025', 'august-2025', 'october-2025', 'december-2025'].map((id) => shippedLevel(id)));
});

/** Plays a game with the envoy policy; `answer` may add a human delegation's answer to each package. */
function stepped(level: Level, seed: number, difficulty: GameState['difficulty'], answer?: (g: GameState, a: Extract<MediatorAction, { type: 'propose' }>) => MediatorAction): GameState {
  let g = createGame(level, { seed, difficulty });
  for (let n = 0; n < 200 && !g.outcome; n++) {
    let action = envoyNext(level, g)!;
    if (answer && action.type === 'propose') action = answer(g, action);
    const r = step(level, g, action);
    expect(r.ok, JSON.stringify(action)).toBe(true);
    g = r.state;
  }
  return g;
}

describe('the AI envoy as a step-by-step policy', () => {
  it('plays the same game as the balanced strategy on every scenario, difficulty and 12 seeds', () => {
    let games = 0;
    for (const level of levels) {
      for (const difficulty of ['calm', 'tense', 'violent'] as const) {
        for (let seed = 1; seed <= 12; seed++) {
          const a = stepped(level, seed, difficulty);
          const b = playOut(level, createGame(level, { seed, difficulty }), balanced);
          expect(a.log, `${level.id} ${difficulty} ${seed}`).toEqual(b.log);
          expect(a.outcome).toEqual(b.outcome);
          games++;
        }
      }
    }
    expect(games).toBe(180);
  });

  it('returns null once the game is over, and never a decision the rules refuse', () => {
    const level = levels[4]!;
    const g = stepped(level, 7, 'tense');
    expect(g.outcome).not.toBeNull();
    expect(envoyNext(level, g)).toBeNull();
  });

  it('follows a human delegation: a Cambodian team that always rejects never gets an accord signed', () => {
    const level = levels[4]!;
    const g = stepped(level, 3, 'tense', (_g, a) => ({ ...a, humans: { kh: 'reject' } }));
    expect(g.accord).toBeNull();
    expect(g.outcome?.kind).toBe('loss');
    // The model's own Cambodia does sign on this seed, so the human answer is what changed it.
    expect(playOut(level, createGame(level, { seed: 3, difficulty: 'tense' }), balanced).accord).not.toBeNull();
  });
});
