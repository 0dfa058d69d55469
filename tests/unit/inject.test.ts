// A teacher's inject in a class table: an incident has its effects at once and shows in the round's
// report; a news flash changes nothing; bad injects are refused; the table's log (decisions and
// injects) replays to the very state the table reached, and a log without injects is the solo log.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { shippedLevel } from '../helpers/level';
import { createGame, replay } from '../../src/sim/game';
import { applyInject, replayTable, stepEntry, type TableEntry } from '../../src/sim/inject';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('july-2025');
});

describe('injects', () => {
  it('an incident raises the victim’s pressure now and is listed in the round report', () => {
    const g0 = createGame(level, { seed: 5 });
    const def = level.incidents.find((d) => d.victim === 'either')!;
    const r = applyInject(level, g0, { type: 'inject', incident: def.id, victim: 'kh' });
    expect(r.ok).toBe(true);
    expect(r.state.sides.kh.pressure).toBeGreaterThan(g0.sides.kh.pressure);
    expect(r.state.livesLost).toBe(g0.livesLost + def.deaths);
    expect(r.state.roundChanges.some((c) => c.cause.key === 'sim.cause.incident' && c.cause.args?.incident === def.id)).toBe(true);
    const ended = stepEntry(level, r.state, { type: 'end_round' }).state;
    expect(ended.reports[0]!.incidents[0]).toMatchObject({ id: def.id, victim: 'kh' });
    expect(ended.injected).toBeUndefined();
  });

  it('a news flash leaves the game as it was; empty, long or unknown injects are refused', () => {
    const g0 = createGame(level, { seed: 5 });
    expect(applyInject(level, g0, { type: 'inject', news: 'Markets close early in Bangkok.' }).state).toBe(g0);
    expect(applyInject(level, g0, { type: 'inject', news: '   ' })).toMatchObject({ ok: false, reason: { key: 'sim.refuse.newsLength' } });
    expect(applyInject(level, g0, { type: 'inject', news: 'x'.repeat(281) }).ok).toBe(false);
    expect(applyInject(level, g0, { type: 'inject', incident: 'no-such-thing', victim: 'th' })).toMatchObject({ ok: false, reason: { key: 'sim.refuse.unknownIncident' } });
  });

  it('an incident the scenario places on one side strikes that side only', () => {
    const g0 = createGame(level, { seed: 5 });
    const fixed = level.incidents.filter((d) => d.victim !== 'either');
    expect(fixed.length).toBeGreaterThan(1);
    for (const def of fixed) {
      const other = def.victim === 'th' ? 'kh' : 'th';
      // Rockets on a Thai village cannot be sent as striking Cambodia: its meters would move for a place it does not hold.
      expect(applyInject(level, g0, { type: 'inject', incident: def.id, victim: other })).toMatchObject({ ok: false, reason: { key: 'sim.refuse.incidentSide', args: { side: def.victim } } });
      expect(applyInject(level, g0, { type: 'inject', incident: def.id, victim: def.victim as 'th' | 'kh' }).ok).toBe(true);
    }
  });

  it('a table log with injects replays to the identical state; without injects it is the solo replay', () => {
    const entries: TableEntry[] = [
      { type: 'host_talks' }, { type: 'inject', incident: level.incidents[1]!.id, victim: 'th' }, { type: 'end_round' },
      { type: 'inject', news: 'Rain slows traffic at the border.' }, { type: 'shuttle', side: 'kh' }, { type: 'end_round' },
    ];
    let live: GameState = createGame(level, { seed: 77, difficulty: 'violent' });
    for (const e of entries) live = stepEntry(level, live, e).state;
    expect(JSON.stringify(replayTable(level, 77, 'violent', entries))).toBe(JSON.stringify(live));
    const plain = entries.filter((e) => e.type !== 'inject');
    expect(JSON.stringify(replayTable(level, 77, 'violent', plain))).toBe(JSON.stringify(replay(level, 77, 'violent', plain)));
    expect(live.livesLost).not.toBe(replay(level, 77, 'violent', plain).livesLost);
  });
});
