// Three-party class tables on a real server: the envoy, Thailand's and Cambodia's delegations each
// on their own client. A package waits for the human delegations' answers (with their written
// reasons, which reach the envoy), a timer lets the model answer for a team that did not, the
// teacher swaps a seat to the AI, and raw clients try to act for a seat that is not theirs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from 'colyseus.js';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import { ClassRoom } from '../../src/server/class-room';
import type { SeatScore } from '../../src/sim/seats/score';
import { SEAT_WEIGHTS } from '../../src/sim/seats/score';
import { readSession } from '../../src/server/session-file';
import { replayTable, type TableEntry } from '../../src/sim/inject';
import type { GameState, Proposal } from '../../src/sim/state';
import type { PartyNote } from '../../src/server/table-party';
import type { DelegationView } from '../../src/sim/seats/view';
import { shippedLevel } from '../helpers/level';
import { collect, RawClient, sdk, seatKeyOf, until } from '../helpers/class-clients';

let server: ClassServer;
let dir: string;
let teacher: Room;
const opened: (() => unknown)[] = [];

const PACKAGE: Proposal = { scope: 'front', withdrawal: 'km10', observers: 'aot', civilians: 'corridors', trade: 'none', boundary: 'jbc' };
const COUNTER: Proposal = { ...PACKAGE, withdrawal: 'km5', observers: 'attaches' };

type Raw = { tables?: Map<string, { game: string; log: string }>; parties?: Map<string, Record<string, string | number>>; delegations?: Map<string, Record<string, string | number>> };
const st = (r: Room) => r.state as Raw;
const game = (r: Room, t: string) => JSON.parse(st(r).tables!.get(t)!.game) as GameState;
const log = (r: Room, t: string) => JSON.parse(st(r).tables!.get(t)!.log) as TableEntry[];
const party = (r: Room, t: string) => st(r).parties?.get(t);
const notes = (r: Room, t: string) => JSON.parse(String(party(r, t)?.notes || '[]')) as PartyNote[];
const delegation = (r: Room, id: string) => st(r).delegations?.get(id);

async function join(name: string, table?: string): Promise<Room> {
  const room = await sdk(server.port).joinById(server.code, table ? { name, table } : { name });
  opened.push(() => room.leave());
  return room;
}
async function raw(options: Record<string, unknown>): Promise<RawClient> {
  const c = await RawClient.join(server.port, server.code, options);
  opened.push(() => c.close());
  return c;
}

beforeAll(async () => {
  ClassRoom.envoyPaceMs = 20; // the computer's envoy plays fast here
  dir = mkdtempSync(joinPath(tmpdir(), 'party-test-'));
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: dir, levelId: 'july-2025', tables: 4, seed: 77, difficulty: 'tense' });
  teacher = await sdk(server.port).joinById(server.code, { teacherKey: server.teacherKey });
  collect(teacher, 'injected');
  teacher.send('start');
  await until(() => (teacher.state as { phase: string }).phase === 'running', 'the session to start');
});

afterAll(async () => {
  for (const close of opened) {
    try {
      close();
    } catch {
      // gone
    }
  }
  await teacher?.leave();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('three-party tables', () => {
  it('seats three teams; each delegation sees its own view only; the Thai counter-offer and reason reach the envoy', async () => {
    teacher.send('seat', { table: 't1', role: 'th', set: 'open' });
    teacher.send('seat', { table: 't1', role: 'kh', set: 'open' });
    await until(() => party(teacher, 't1')?.open === 'th,kh', 'both delegation seats open');
    const envoy = await join('Envoy-A', 't1');
    const th = await join('Thai-A');
    const kh = await raw({ name: 'Khmer-A' });
    const kh0 = await join('Khmer-A2');
    th.send('pick', { table: 't1', role: 'th' });
    kh.send('pick', { table: 't1', role: 'kh' });
    kh0.send('pick', { table: 't1', role: 'kh' });
    await until(() => delegation(kh0, 't1:kh') !== undefined && delegation(th, 't1:th') !== undefined && party(teacher, 't1')?.th === 'human' && party(teacher, 't1')?.kh === 'human', 'both delegations seated');
    expect(st(th).tables?.size ?? 0).toBe(0); // the table's whole game never reaches a delegation
    expect(delegation(th, 't1:kh')).toBeUndefined();
    const thView = JSON.parse(String(delegation(th, 't1:th')!.view)) as DelegationView;
    expect(thView.seat).toBe('th');

    const envoyErrors = collect<{ code: string }>(envoy, 'error');
    envoy.send('act', { action: { type: 'propose', proposal: PACKAGE } });
    await until(() => party(envoy, 't1')?.pending !== '' && party(envoy, 't1')?.pending !== undefined, 'the package to wait for answers');
    expect(party(envoy, 't1')!.waiting).toBe('th,kh');
    await until(() => delegation(th, 't1:th')!.pending !== '', 'the package to reach the Thai team');
    expect(JSON.parse(String(delegation(th, 't1:th')!.pending))).toEqual(PACKAGE);
    envoy.send('act', { action: { type: 'host_talks' } });
    await until(() => envoyErrors.length > 0, 'the envoy told to wait');
    expect(envoyErrors[0]!.code).toBe('waiting');

    th.send('answer', { answer: { verdict: 'counter', counter: COUNTER }, reason: 'Five kilometres is what our army can accept.' });
    await until(() => party(envoy, 't1')!.waiting === 'kh', 'Thailand to have answered');
    expect(log(envoy, 't1')).toEqual([]);
    kh.send('answer', { answer: 'accept', reason: 'We want the shelling to stop.' });
    await until(() => log(envoy, 't1').length === 1, 'the package to be answered');
    const entry = log(envoy, 't1')[0]!;
    expect(entry).toEqual({ type: 'propose', proposal: PACKAGE, humans: { th: { verdict: 'counter', counter: COUNTER }, kh: 'accept' } });
    const g = game(envoy, 't1');
    expect(g.answers.find((a) => a.side === 'th')).toMatchObject({ verdict: 'counter', counter: COUNTER, reason: { kind: 'human' } });
    expect(notes(envoy, 't1')).toEqual([
      { round: 1, side: 'th', verdict: 'counter', counter: COUNTER, tabled: PACKAGE, reason: 'Five kilometres is what our army can accept.' },
      { round: 1, side: 'kh', verdict: 'accept', reason: 'We want the shelling to stop.' },
    ]);
    // the log with the teams' answers replays to the same game in the solo sim
    expect(replayTable(await shippedLevel('july-2025'), 77, 'tense', log(envoy, 't1'))).toEqual(g);

    // Cambodia's client never received Thailand's numbers, counter or reason
    await until(() => kh.text().includes('We want the shelling'), 'Cambodia to get its own note');
    const khText = kh.text();
    expect(khText).not.toContain('Five kilometres');
    expect(khText).not.toContain('"sides"');
    expect(khText).not.toContain(JSON.stringify(g.sides.th));
    const thAnswer = g.answers.find((a) => a.side === 'th')!;
    expect(khText).not.toContain(JSON.stringify(thAnswer.reason));
    // Thailand's own numbers (its walk-away point, target, public's threshold) are not in Cambodia's frames
    const khView = JSON.parse(String(delegation(kh0, 't1:kh')!.view)) as DelegationView;
    for (const k of ['reservation', 'target', 'ratification', 'pressure'] as const) {
      if (thView.own[k] !== khView.own[k]) expect(khText).not.toContain(`"${k}":${thView.own[k]}`);
    }
    // the Thai team sees its own answer with its numbers
    await until(() => (JSON.parse(String(delegation(th, 't1:th')!.view)) as DelegationView).table.answers.length > 0, 'the Thai view to update');
    const after = JSON.parse(String(delegation(th, 't1:th')!.view)) as DelegationView;
    expect(after.table.answers.find((a) => a.whose === 'own')).toMatchObject({ verdict: 'counter', counter: COUNTER, reason: { utility: thAnswer.reason.utility } });
    expect(after.table.answers.find((a) => a.whose === 'other')).toEqual({ whose: 'other', verdict: 'accept' });
    expect(JSON.stringify(after)).not.toContain(JSON.stringify(g.sides.kh));
  });

  it('a delegation cannot act as the envoy or as the other delegation; closed seats and teacher controls are refused', async () => {
    const envoy = await join('Envoy-B', 't2');
    teacher.send('seat', { table: 't2', role: 'th', set: 'open' });
    await until(() => party(teacher, 't2')?.open === 'th', 'the Thai seat of table 2 open');
    const th = await raw({ name: 'Thai-B' });
    th.send('pick', { table: 't2', role: 'kh' }); // not opened
    th.send('pick', { table: 't2', role: 'th' });
    await until(() => th.errors().length >= 1, 'the closed seat refused');
    th.send('act', { action: { type: 'host_talks' } });
    th.send('answer', { answer: 'accept', reason: '' }); // nothing waits for an answer
    th.send('answer', { answer: 'accept', reason: '', side: 'kh' }); // a side cannot be named
    th.send('answer', { answer: 'maybe', reason: '' });
    th.send('answer', { answer: 'accept', reason: 'x'.repeat(600) });
    th.send('seat', { table: 't2', role: 'kh', set: 'ai' });
    th.send('timer', { table: 't2', seconds: 5 });
    await until(() => th.errors().length >= 8, 'every refusal');
    expect(th.errors()).toEqual(['closedSeat', 'notEnvoy', 'notWaiting', 'malformed', 'malformed', 'malformed', 'notTeacher', 'notTeacher']);
    // the envoy cannot answer for a delegation either
    const errs = collect<{ code: string }>(envoy, 'error');
    envoy.send('answer', { answer: 'accept', reason: '' });
    await until(() => errs.length > 0, 'the envoy refused');
    expect(errs[0]!.code).toBe('notDelegation');
    expect(party(teacher, 't2')!.kh).toBe('ai');
    expect(party(teacher, 't2')!.timer).toBe(0);
  });

  it('the teacher seats a student in a delegation seat that is not open; the student sees that delegation only', async () => {
    const s = await join('Moved-F');
    const seats = (teacher.state as { seats: Map<string, { id: string; name: string; table: string; role: string }> }).seats;
    await until(() => [...seats.values()].some((x) => x.name === 'Moved-F'), 'the student in the console');
    const id = [...seats.values()].find((x) => x.name === 'Moved-F')!.id;
    expect(party(teacher, 't4')?.open).toBe('');
    teacher.send('move', { seat: id, table: 't4', role: 'kh' });
    await until(() => delegation(s, 't4:kh') !== undefined, 'the Cambodian view of table 4');
    expect(party(teacher, 't4')?.kh).toBe('human');
    expect(st(s).tables?.size ?? 0).toBe(0);
    // moved on to the envoy seat of the same table: the delegation view goes, the table comes
    teacher.send('move', { seat: id, table: 't4', role: 'envoy' });
    await until(() => st(s).tables?.get('t4') !== undefined, 'the table in view');
    expect(delegation(s, 't4:kh')).toBeUndefined();
    await s.leave();
  });

  it('with a timer, the model answers for a team that did not; the teacher can swap a seat to the AI', async () => {
    teacher.send('seat', { table: 't3', role: 'th', set: 'open' });
    teacher.send('seat', { table: 't3', role: 'kh', set: 'open' });
    teacher.send('timer', { table: 't3', seconds: 1 });
    await until(() => party(teacher, 't3')?.timer === 1 && party(teacher, 't3')?.open === 'th,kh', 'timer and seats');
    const envoy = await join('Envoy-C', 't3');
    const th = await join('Thai-C');
    const kh = await join('Khmer-C');
    th.send('pick', { table: 't3', role: 'th' });
    kh.send('pick', { table: 't3', role: 'kh' });
    await until(() => party(envoy, 't3')?.th === 'human' && party(envoy, 't3')?.kh === 'human', 'both seated');
    envoy.send('act', { action: { type: 'propose', proposal: PACKAGE } });
    await until(() => Number(party(envoy, 't3')?.deadline) > 0, 'the timer to run');
    kh.send('answer', { answer: 'reject', reason: 'Not without the ICJ.' });
    await until(() => log(envoy, 't3').length === 1, 'the timer to run out', 4000);
    expect(log(envoy, 't3')[0]).toEqual({ type: 'propose', proposal: PACKAGE, humans: { kh: 'reject' } });
    expect(notes(envoy, 't3').map((n) => [n.side, n.verdict])).toEqual([['th', 'timeout'], ['kh', 'reject']]);

    // a team leaves: the teacher gives its seat to the AI, and the next package waits only for Cambodia
    teacher.send('seat', { table: 't3', role: 'th', set: 'ai' });
    await until(() => party(envoy, 't3')?.th === 'ai', 'Thailand to the AI');
    const seats = (teacher.state as { seats: Map<string, { name: string; table: string; role: string }> }).seats;
    await until(() => [...seats.values()].find((s) => s.name === 'Thai-C')?.table === '', 'the Thai team unseated');
    expect(delegation(th, 't3:th')).toBeUndefined();
    envoy.send('act', { action: { type: 'end_round' } });
    await until(() => log(envoy, 't3').length === 2, 'the round to end');
    if (game(envoy, 't3').outcome) return;
    envoy.send('act', { action: { type: 'propose', proposal: PACKAGE } });
    await until(() => party(envoy, 't3')?.waiting === 'kh', 'only Cambodia waited for');
    teacher.send('seat', { table: 't3', role: 'kh', set: 'ai' });
    await until(() => log(envoy, 't3').length === 3, 'the package to be answered by the model');
    expect(log(envoy, 't3')[2]).toEqual({ type: 'propose', proposal: PACKAGE });
  });

  it('the computer plays the envoy of a table with a human delegation to the end, and that team gets its score in parts', async () => {
    teacher.send('seat', { table: 't2', role: 'envoy', set: 'ai' });
    const th = await join('Thai-E');
    teacher.send('seat', { table: 't2', role: 'th', set: 'open' });
    await until(() => party(teacher, 't2')?.envoy === 'ai' && String(party(teacher, 't2')?.open ?? '').includes('th'), 'the envoy seat to the computer');
    // the raw Thai client of the test above still sits in this seat; this one joins it as a second member
    th.send('pick', { table: 't2', role: 'th' });
    await until(() => delegation(th, 't2:th') !== undefined, 'the Thai seat');
    let answered = 0;
    await until(() => {
      const d = delegation(th, 't2:th');
      if (d?.pending) {
        th.send('answer', { answer: 'accept', reason: `Round ${answered}` });
        answered++;
      }
      return String(d?.score ?? '') !== '';
    }, 'the game to end with a score for the Thai team', 20000);
    const score = JSON.parse(String(delegation(th, 't2:th')!.score)) as SeatScore;
    expect(score.seat).toBe('th');
    expect(score.finished).toBe(true);
    expect(Object.keys(score.parts).sort()).toEqual(Object.keys(SEAT_WEIGHTS).sort());
    expect(Object.values(score.parts).reduce((a, b) => a + b, 0)).toBe(score.points);
    expect(answered).toBeGreaterThan(0);
    const envoyLog = server.room.snapshot().tables.find((t) => t.id === 't2')!.entries;
    expect(envoyLog.some((e) => e.type === 'propose' && 'humans' in e && (e.humans as { th?: unknown } | undefined)?.th === 'accept')).toBe(true);
  });

  it('the session file keeps seats, roles and a package waiting for answers, and a restart resumes them (last: it stops the process-wide matchmaker)', async () => {
    teacher.send('seat', { table: 't4', role: 'kh', set: 'open' });
    await until(() => party(teacher, 't4')?.open === 'kh', 'seat open');
    const envoy = await join('Envoy-D', 't4');
    const kh = await join('Khmer-D');
    kh.send('pick', { table: 't4', role: 'kh' });
    await until(() => party(envoy, 't4')?.kh === 'human', 'Cambodia seated');
    const khKey = await seatKeyOf(kh);
    envoy.send('act', { action: { type: 'propose', proposal: PACKAGE } });
    await until(() => party(envoy, 't4')?.waiting === 'kh', 'waiting for Cambodia');
    await server.room.flush();
    const read = await readSession(joinPath(dir, `class-${server.code}.json`));
    if (!read.ok) throw new Error(read.error);
    const data = read.data;
    const t4 = data.tables.find((t) => t.id === 't4')!;
    expect(t4.party).toMatchObject({ modes: { envoy: 'human', th: 'ai', kh: 'human' }, pending: PACKAGE, open: ['kh'] });
    expect(data.seats.find((s) => s.name === 'Khmer-D')).toMatchObject({ table: 't4', role: 'kh' });
    // a second server resumed from that file: the package still waits for Cambodia, who comes back by
    // the seat key (the name alone would make a new, unseated seat)
    const again = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, resume: { ...data, code: 'RESUME' } });
    try {
      const byName = await sdk(again.port).joinById('RESUME', { name: 'Khmer-D' });
      await new Promise((r) => setTimeout(r, 200));
      expect((byName.state as Raw).delegations?.get('t4:kh')).toBeUndefined();
      await byName.leave();
      const back = await sdk(again.port).joinById('RESUME', { name: 'Khmer-D', seatKey: khKey });
      await until(() => (back.state as Raw).delegations?.get('t4:kh')?.pending !== undefined, 'the delegation view back');
      expect(JSON.parse(String((back.state as Raw).delegations!.get('t4:kh')!.pending))).toEqual(PACKAGE);
      back.send('answer', { answer: 'accept', reason: 'Agreed.' });
      const t = again.room.snapshot().tables.find((x) => x.id === 't4')!;
      await until(() => again.room.snapshot().tables.find((x) => x.id === 't4')!.entries.length === 1, 'the resumed package answered');
      expect(t.party?.pending).toEqual(PACKAGE);
      await back.leave();
    } finally {
      await again.close();
    }
  });
});
