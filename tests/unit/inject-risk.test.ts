// The teacher console's warning beside the inject form: which tables an incident would bring close
// to open war. It must follow the sim (an incident counts half while a ceasefire holds; a finished
// table is not at risk) and it must matter: on day 1 of July, the incidents it warns about lose the
// table to war when the day ends far more often than those it does not.
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/sim/game';
import { replayTable, type TableEntry } from '../../src/sim/inject';
import { fightingAfter, INJECT_EDGE, tablesNearWar } from '../../src/class/inject-risk';
import { shippedLevel } from '../helpers/level';

describe('an incident near open war', () => {
  it('names the tables an incident would bring to the edge, as the sim counts it', async () => {
    const level = await shippedLevel('july-2025');
    const def = (id: string) => level.incidents.find((d) => d.id === id)!;
    const fresh = createGame(level, { seed: 3, difficulty: 'tense' });
    const calm = { ...fresh, intensity: 0.4 };
    const holding = { ...fresh, ceasefire: 'holding' as const, intensity: 0.7 };
    const over = { ...fresh, intensity: 0.95, outcome: { kind: 'loss', reason: 'war', score: 10 } as never };
    const tables = [{ name: '1', game: fresh }, { name: '2', game: calm }, { name: '3', game: holding }, { name: '4', game: over }, { name: '5', game: null }];

    expect(fightingAfter(fresh, def('airstrike-ta-moan'))).toBeCloseTo(fresh.intensity + 0.18, 10);
    expect(fightingAfter(holding, def('airstrike-ta-moan'))).toBeCloseTo(0.7 + 0.09, 10);
    expect(tablesNearWar(tables, def('airstrike-ta-moan')).map((t) => t.name)).toEqual(['1', '3']);
    expect(tablesNearWar(tables, def('mine-chong-an-ma')).map((t) => t.name)).toEqual([]);
    expect(tablesNearWar(tables, def('rally'))).toEqual([]);
  });

  it('warns where it matters: on day 1 of July the incidents it names end far more games in war', async () => {
    const level = await shippedLevel('july-2025');
    const warRate = (incident: string) => {
      const def = level.incidents.find((d) => d.id === incident)!;
      const victim = def.victim === 'either' ? 'th' : def.victim;
      let war = 0;
      for (let seed = 1; seed <= 300; seed++) {
        const entries: TableEntry[] = [{ type: 'inject', incident, victim }, { type: 'end_round' }];
        if (replayTable(level, seed, 'tense', entries).outcome?.reason === 'war') war++;
      }
      return war / 300;
    };
    const start = createGame(level, { seed: 1, difficulty: 'tense' });
    const named = level.incidents.filter((d) => tablesNearWar([{ game: start }], d).length === 1);
    const unnamed = level.incidents.filter((d) => !named.includes(d));
    expect(named.length).toBeGreaterThan(0);
    expect(unnamed.length).toBeGreaterThan(0);
    const lowestNamed = Math.min(...named.map((d) => warRate(d.id)));
    const highestUnnamed = Math.max(...unnamed.map((d) => warRate(d.id)));
    expect(fightingAfter(start, named[0]!)).toBeGreaterThanOrEqual(INJECT_EDGE);
    // Every incident it warns about loses more games than any it lets pass, and at least one in six.
    expect(lowestNamed).toBeGreaterThan(highestUnnamed);
    expect(lowestNamed).toBeGreaterThanOrEqual(1 / 6);
  });
});
