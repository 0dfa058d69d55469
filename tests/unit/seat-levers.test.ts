// A delegation's own levers: statements to its public, a request for observers, a complaint to
// ASEAN, a bilateral call. Each does what the model says it does, is checked by refuse() and listed
// by delegationMoves like every other decision, and goes into the decision log, so a resume code
// replays a game that used them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { DelegationAction, GameState, MediatorAction } from '../../src/sim/state';
import { createGame, refuse, replay, step } from '../../src/sim/game';
import { readSide } from '../../src/sim/negotiation/model';
import { tablesOf } from '../../src/sim/negotiation/tables';
import { delegationMoves } from '../../src/sim/seats/moves';
import { envoyNext } from '../../src/sim/seats/envoy-policy';
import { shapeRefusal } from '../../src/sim/action-shape';
import { decodeLog, encodeLog } from '../../src/platform/log-codec';
import { stateDigest } from '../../src/sim/digest';
import { shippedLevel } from '../helpers/level';
import { t } from '../../src/i18n/i18n';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

const ok = (g: GameState, a: MediatorAction): GameState => {
  const r = step(level, g, a);
  if (!r.ok) throw new Error(`${JSON.stringify(a)} refused: ${r.reason.key}`);
  return r.state;
};

/** Plays the AI envoy until the round ends. */
function envoyRound(g: GameState): GameState {
  for (let n = 0; n < 20; n++) {
    const a = envoyNext(level, g)!;
    g = ok(g, a);
    if (a.type === 'end_round') return g;
  }
  throw new Error('the round did not end');
}

describe("a delegation's own levers", () => {
  it('a firm statement raises its public pressure, so its walk-away point and ratification threshold rise; a calm one lowers them', () => {
    const g = createGame(level, { seed: 2 });
    const before = readSide(level, g, 'kh');
    const firm = ok(g, { type: 'public_statement', side: 'kh', tone: 'firm' });
    const calm = ok(g, { type: 'public_statement', side: 'kh', tone: 'calm' });
    expect(firm.sides.kh.pressure).toBeGreaterThan(g.sides.kh.pressure);
    expect(readSide(level, firm, 'kh').rv).toBeGreaterThan(before.rv);
    expect(readSide(level, firm, 'kh').ratification).toBeGreaterThan(before.ratification);
    expect(firm.intensity).toBeGreaterThan(g.intensity);
    expect(readSide(level, calm, 'kh').rv).toBeLessThan(before.rv);
    expect(firm.roundChanges.some((c) => c.meter === 'kh.pressure' && c.cause.key === 'seat.cause.firm')).toBe(true);
    // No capital of the envoy's is spent, and the envoy's levers this round are untouched.
    expect(firm.capital).toBe(g.capital);
    expect(firm.usedThisRound).toEqual([]);
  });

  it('a request for observers deploys them, and is refused once they are there', () => {
    const g = ok(createGame(level, { seed: 2 }), { type: 'request_observers', side: 'th' });
    expect(g.measures.observers).toBe(true);
    expect(refuse(level, g, { type: 'request_observers', side: 'kh' })?.key).toBe('sim.refuse.observersDeployed');
    expect(refuse(level, g, { type: 'deploy_observers' })?.key).toBe('sim.refuse.observersDeployed');
  });

  it('a complaint is upheld only when the other side hit it last round', () => {
    let g = createGame(level, { seed: 4 });
    const dismissed = ok(g, { type: 'complain', side: 'kh' });
    expect(dismissed.sides.kh.trustMediator).toBeLessThan(g.sides.kh.trustMediator);
    for (let n = 0; n < 10 && !g.reports.at(-1)?.incidents.some((i) => i.victim === 'kh'); n++) g = ok(g, { type: 'end_round' });
    expect(g.reports.at(-1)?.incidents.some((i) => i.victim === 'kh')).toBe(true);
    const upheld = ok(g, { type: 'complain', side: 'kh' });
    expect(upheld.sides.kh.bias).toBeGreaterThan(g.sides.kh.bias);
    expect(upheld.sides.th.bias).toBeLessThan(g.sides.th.bias);
    expect(upheld.sides.kh.trustMediator).toBe(g.sides.kh.trustMediator);
  });

  it("the complaint's help says what a groundless one lowers: the delegation's own trust in the mediator, the meter its seat sees", () => {
    const g = createGame(level, { seed: 4 });
    const dismissed = ok(g, { type: 'complain', side: 'kh' });
    const lowered = (['pressure', 'trustOther', 'trustMediator', 'bias'] as const).filter((k) => dismissed.sides.kh[k] < g.sides.kh[k]);
    expect(lowered).toEqual(['trustMediator']);
    const help = t('seat.lever.complain.description');
    expect(help).toContain(`your delegation’s ${t('common.meter.trustMediator').toLowerCase()}`);
    expect(help).not.toMatch(/envoy’s trust/);
  });

  it("a bilateral call moves its estimate of the other side's priorities toward the truth", () => {
    const g = createGame(level, { seed: 2 });
    const t = tablesOf(level);
    const err = (s: GameState) => level.issues.reduce((a, i, k) => a + Math.abs((s.sides.th.opponentWeights[i.id] ?? 0) - t.table.kh[k]!), 0);
    const after = ok(g, { type: 'bilateral_call', side: 'th' });
    expect(err(after)).toBeCloseTo(err(g) / 2, 9);
    expect(after.sides.kh.opponentWeights).toEqual(g.sides.kh.opponentWeights);
  });

  it('each may be used once a round by each delegation, and again the next round', () => {
    let g = ok(createGame(level, { seed: 2 }), { type: 'bilateral_call', side: 'th' });
    expect(refuse(level, g, { type: 'bilateral_call', side: 'th' })?.key).toBe('seat.refuse.usedThisRound');
    expect(refuse(level, g, { type: 'bilateral_call', side: 'kh' })).toBeNull();
    g = ok(g, { type: 'end_round' });
    expect(refuse(level, g, { type: 'bilateral_call', side: 'th' })).toBeNull();
  });

  it('are listed by delegationMoves with exactly the answer refuse() gives', () => {
    let g = createGame(level, { seed: 3 });
    g = ok(g, { type: 'public_statement', side: 'th', tone: 'calm' });
    g = ok(g, { type: 'request_observers', side: 'kh' });
    const moves = delegationMoves(level, g, 'th');
    expect(moves.map((m) => m.action)).toEqual([
      { type: 'public_statement', side: 'th', tone: 'firm' }, { type: 'public_statement', side: 'th', tone: 'calm' },
      { type: 'request_observers', side: 'th' }, { type: 'complain', side: 'th' }, { type: 'bilateral_call', side: 'th' },
    ]);
    for (const m of moves) expect(m.refusal).toEqual(refuse(level, g, m.action));
    expect(moves.filter((m) => m.refusal).map((m) => m.refusal!.key)).toEqual(['seat.refuse.usedThisRound', 'seat.refuse.usedThisRound', 'sim.refuse.observersDeployed']);
  });

  it('refuses malformed ones read from outside', () => {
    expect(shapeRefusal(level, { type: 'public_statement', side: 'th', tone: 'praise' })?.key).toBe('sim.refuse.badTone');
    expect(shapeRefusal(level, { type: 'complain' })?.key).toBe('sim.refuse.chooseSide');
    expect(shapeRefusal(level, { type: 'bilateral_call', side: 'kh' })).toBeNull();
  });

  it('are kept in the decision log: the compact log round-trips and replays to the same state', () => {
    let g = createGame(level, { seed: 11 });
    const levers: DelegationAction[] = [
      { type: 'public_statement', side: 'kh', tone: 'firm' }, { type: 'complain', side: 'kh' },
      { type: 'bilateral_call', side: 'kh' }, { type: 'request_observers', side: 'kh' }, { type: 'public_statement', side: 'th', tone: 'calm' },
    ];
    for (let round = 0; round < 3 && !g.outcome; round++) {
      for (const a of levers) if (!refuse(level, g, a)) g = ok(g, a);
      g = envoyRound(g);
    }
    const text = encodeLog(level, g.log);
    expect(text).toMatch(/Nkf.*Qk.*Bk.*Rk/);
    const decoded = decodeLog(level, text)!;
    expect(decoded).toEqual(g.log);
    expect(stateDigest(replay(level, 11, 'tense', decoded))).toBe(stateDigest(g));
  });
});
