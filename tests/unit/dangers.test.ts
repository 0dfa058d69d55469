// How close a game is to being lost, as the meters panel warns of it: fighting near open war and a
// delegation's trust near its walk-out point. The warnings follow the rules of losing (a finished
// game has none, a side that walked out is not warned again) and they mean something: in random play
// of the shipped scenarios nearly every day lost to war began with the warning shown, and a day ended
// under it is lost far more often than one ended without it.
import { describe, expect, it } from 'vitest';
import { createGame, step } from '../../src/sim/game';
import { dangers, WAR_EDGE, WALKOUT_MARGIN } from '../../src/sim/dangers';
import { legalActions } from '../helpers/random-game';
import { shippedLevel } from '../helpers/level';

describe('dangers of losing', () => {
  it('warns of open war from the edge up and of a walk-out near each side’s own point, and not once the game is over', async () => {
    const level = await shippedLevel('july-2025');
    const g = createGame(level, { seed: 1, difficulty: 'tense' });
    expect(dangers(level, { ...g, intensity: WAR_EDGE - 0.01 }).war).toBe(false);
    expect(dangers(level, { ...g, intensity: WAR_EDGE }).war).toBe(true);
    // July opens with the fighting at its height: the warning is there from day 1.
    expect(dangers(level, g).war).toBe(true);
    const august = await shippedLevel('august-2025');
    expect(dangers(august, createGame(august, { seed: 1, difficulty: 'tense' }))).toEqual({ war: false, walkout: [] });

    const near = level.sides.kh.walkout + WALKOUT_MARGIN - 0.01;
    const shaky = { ...g, sides: { ...g.sides, kh: { ...g.sides.kh, trustMediator: near } } };
    expect(dangers(level, shaky).walkout).toEqual(['kh']);
    const steady = { ...g, sides: { ...g.sides, kh: { ...g.sides.kh, trustMediator: level.sides.kh.walkout + WALKOUT_MARGIN } } };
    expect(dangers(level, steady).walkout).toEqual([]);
    expect(dangers(level, { ...shaky, sides: { ...shaky.sides, kh: { ...shaky.sides.kh, walkedOut: true } } }).walkout).toEqual([]);
    expect(dangers(level, { ...shaky, intensity: 0.9, outcome: { kind: 'loss', reason: 'war' } as never })).toEqual({ war: false, walkout: [] });
  });

  it('means something: days lost to war begin under the warning, and days ended under it are lost far more often', async () => {
    let lost = 0;
    let warnedLost = 0;
    const ends = { warned: 0, warnedLost: 0, calm: 0, calmLost: 0 };
    for (const id of ['july-2025', 'december-2025', 'october-2025']) {
      const level = await shippedLevel(id);
      for (let seed = 1; seed <= 120; seed++) {
        let g = createGame(level, { seed, difficulty: 'tense' });
        let c = seed * 7919;
        while (!g.outcome) {
          c = (c * 1103515245 + 12345) >>> 0;
          const options = legalActions(level, g, c % 97);
          // Half the games lean on talks and calming levers, as a careful player would.
          const calming = options.filter((a) => ['host_talks', 'hotline', 'observers', 'corridors', 'propose'].includes(a.type));
          const pool = seed % 2 && calming.length ? calming : options;
          const action = pool[c % pool.length]!;
          const warned = dangers(level, g).war;
          g = step(level, g, action).state;
          if (action.type !== 'end_round') continue;
          const war = g.outcome?.reason === 'war';
          if (warned) (ends.warned++, war && ends.warnedLost++);
          else (ends.calm++, war && ends.calmLost++);
          if (war) (lost++, warned && warnedLost++);
        }
      }
    }
    expect(lost).toBeGreaterThan(50);
    expect(warnedLost / lost).toBeGreaterThanOrEqual(0.9);
    expect(ends.warnedLost / ends.warned).toBeGreaterThanOrEqual(0.2);
    expect(ends.calmLost / ends.calm).toBeLessThanOrEqual(0.05);
  });
});
