// The class server as students and a teacher meet it, on a real server on a free loopback port:
// joining by code, parallel tables, replay of a table's log in the solo sim, injects, reconnection,
// and the server's authority against raw clients that send what no honest page would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from 'colyseus.js';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import { readSession, sessionPath } from '../../src/server/session-file';
import { replayTable, type TableEntry } from '../../src/sim/inject';
import { replay } from '../../src/sim/game';
import type { GameState } from '../../src/sim/state';
import { shippedLevel } from '../helpers/level';
import { collect, RawClient, sdk, until } from '../helpers/class-clients';

let server: ClassServer;
let dir: string;
let teacher: Room;
const opened: { leave?: () => unknown; close?: () => void }[] = [];

/** A table as a client sees it: its game and log, or undefined when not in its view. */
function tableOf(room: Room, id: string): { game: GameState; log: TableEntry[] } | undefined {
  const t = (room.state as { tables?: Map<string, { game: string; log: string }> }).tables?.get(id);
  return t ? { game: JSON.parse(t.game) as GameState, log: JSON.parse(t.log) as TableEntry[] } : undefined;
}

async function student(name: string, table?: string): Promise<Room> {
  const room = await sdk(server.port).joinById(server.code, table ? { name, table } : { name });
  opened.push({ leave: () => room.leave() });
  return room;
}

async function raw(options: Record<string, unknown>): Promise<RawClient> {
  const c = await RawClient.join(server.port, server.code, options);
  opened.push({ close: () => c.close() });
  return c;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'class-test-'));
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: dir, levelId: 'july-2025', tables: 4, seed: 4242, difficulty: 'tense' });
  teacher = await sdk(server.port).joinById(server.code, { teacherKey: server.teacherKey });
  teacher.send('start');
  await until(() => (teacher.state as { phase: string }).phase === 'running', 'the session to start');
});

afterAll(async () => {
  for (const o of opened) {
    try {
      o.leave?.();
      o.close?.();
    } catch {
      // already gone
    }
  }
  await teacher?.leave();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('class server', () => {
  it('a student joins by class code and sits at the table picked; a wrong code is refused', async () => {
    const a = await student('Anong', 't1');
    await until(() => tableOf(a, 't1') !== undefined, 'table 1 in the student view');
    expect(tableOf(a, 't1')!.game.round).toBe(1);
    await expect(sdk(server.port).joinById('ZZZZZZ', { name: 'Lost' })).rejects.toThrow();
  });

  it('parallel tables play independently, and each replays from seed and log to the same state in the solo sim', async () => {
    const a = await student('Bopha', 't2');
    const b = await student('Chai', 't3');
    await until(() => tableOf(a, 't2') !== undefined && tableOf(b, 't3') !== undefined, 'both tables');
    a.send('act', { action: { type: 'host_talks' } });
    a.send('act', { action: { type: 'end_round' } });
    b.send('act', { action: { type: 'shuttle', side: 'kh' } });
    await until(() => tableOf(a, 't2')?.log.length === 2 && tableOf(b, 't3')?.log.length === 1, 'both tables to move');
    expect(tableOf(a, 't2')!.log).toEqual([{ type: 'host_talks' }, { type: 'end_round' }]);
    expect(tableOf(b, 't3')!.log).toEqual([{ type: 'shuttle', side: 'kh' }]);
    expect(tableOf(a, 't2')!.game.round).toBe(2);
    expect(tableOf(b, 't3')!.game.round).toBe(1);
    expect(tableOf(a, 't3')).toBeUndefined();
    const level = await shippedLevel('july-2025');
    await until(() => tableOf(teacher, 't2')?.log.length === 2, 'the teacher to see table 2');
    const t2 = tableOf(teacher, 't2')!;
    expect(JSON.stringify(replay(level, 4242, 'tense', t2.log as never))).toBe(JSON.stringify(t2.game));
    expect(JSON.stringify(replayTable(level, 4242, 'tense', t2.log))).toBe(JSON.stringify(t2.game));
  });

  it('a refused decision is answered with the sim’s own reason and changes nothing', async () => {
    const a = await student('Dara', 't4');
    const errors = collect<{ code: string; reason?: { key: string } }>(a, 'error');
    await until(() => tableOf(a, 't4') !== undefined, 'table 4');
    a.send('act', { action: { type: 'host_talks' } });
    a.send('act', { action: { type: 'host_talks' } });
    await until(() => errors.length > 0, 'a refusal');
    expect(errors[0]).toMatchObject({ code: 'refused', reason: { key: 'sim.refuse.alreadyUsed' } });
    await until(() => tableOf(a, 't4')!.log.length > 0, 'the first decision');
    await new Promise((r) => setTimeout(r, 100));
    expect(tableOf(a, 't4')!.log).toEqual([{ type: 'host_talks' }]);
  });

  it('an inject reaches only its table, is in its log, and the log still replays', async () => {
    const a = await student('Ek', 't1');
    const b = await student('Fah', 't3');
    await until(() => tableOf(a, 't1') !== undefined && tableOf(b, 't3') !== undefined, 'tables');
    const level = await shippedLevel('july-2025');
    // An incident that may strike either side: the teacher's choice of side is kept.
    const incident = level.incidents.find((d) => d.victim === 'either')!.id;
    const before = tableOf(b, 't3')!.log.length;
    teacher.send('inject', { table: 't1', incident, victim: 'kh' });
    await until(() => tableOf(a, 't1')!.log.some((e) => e.type === 'inject'), 'the inject at table 1');
    const t1 = tableOf(a, 't1')!;
    expect(t1.log.at(-1)).toEqual({ type: 'inject', incident, victim: 'kh' });
    expect(t1.game.injected?.[0]).toMatchObject({ id: incident, victim: 'kh' });
    expect(t1.game.roundChanges.some((c) => c.cause.args?.incident === incident)).toBe(true);
    expect(tableOf(b, 't3')!.log).toHaveLength(before);
    expect(JSON.stringify(replayTable(level, 4242, 'tense', t1.log))).toBe(JSON.stringify(t1.game));
  });

  it('a student who drops returns to the same seat and table with the reconnection token', async () => {
    const a = await student('Gan', 't2');
    const welcome = collect<{ seat: string }>(a, 'welcome');
    a.send('hello');
    await until(() => welcome.length > 0, 'welcome');
    const seat = welcome[0]!.seat;
    const token = a.reconnectionToken;
    (a.connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
    const seats = () => (teacher.state as { seats: Map<string, { connected: boolean; table: string }> }).seats;
    await until(() => seats().get(seat)?.connected === false, 'the teacher to see the seat empty');
    const back = await sdk(server.port).reconnect(token);
    opened.push({ leave: () => back.leave() });
    const again = collect<{ seat: string }>(back, 'welcome');
    back.send('hello');
    await until(() => again.length > 0, 'welcome again');
    expect(again[0]!.seat).toBe(seat);
    expect(back.sessionId).toBe(a.sessionId);
    await until(() => seats().get(seat)?.connected === true, 'the seat connected again');
    await until(() => tableOf(back, 't2') !== undefined, 'table 2 after reconnection');
    expect(seats().get(seat)!.table).toBe('t2');
  });

  it('while the teacher pauses, decisions are refused with a notice; after resuming they count again', async () => {
    const a = await student('Jai', 't3');
    const errors = collect<{ code: string }>(a, 'error');
    await until(() => tableOf(a, 't3') !== undefined, 'table 3');
    const before = tableOf(a, 't3')!.log.length;
    teacher.send('pause');
    await until(() => (a.state as { phase: string }).phase === 'paused', 'the pause');
    a.send('act', { action: { type: 'end_round' } });
    await until(() => errors.length > 0, 'a notice');
    expect(errors[0]!.code).toBe('notRunning');
    expect(tableOf(a, 't3')!.log).toHaveLength(before);
    teacher.send('resume');
    await until(() => (a.state as { phase: string }).phase === 'running', 'the resume');
    a.send('act', { action: { type: 'end_round' } });
    await until(() => tableOf(a, 't3')!.log.length === before + 1, 'the decision after resuming');
  });

  it('two students ending the same round at once end it once: the later intent is refused as stale', async () => {
    const a = await student('Orn', 't1');
    const b = await student('Pich', 't1');
    const errors = collect<{ code: string }>(b, 'error');
    await until(() => tableOf(a, 't1') !== undefined && tableOf(b, 't1') !== undefined, 'both at table 1');
    const at = tableOf(a, 't1')!.game.log.length;
    a.send('act', { action: { type: 'end_round' }, at });
    b.send('act', { action: { type: 'end_round' }, at });
    await until(() => errors.length > 0, 'the second intent’s answer');
    expect(errors.map((e) => e.code)).toEqual(['stale']);
    await new Promise((r) => setTimeout(r, 100));
    expect(tableOf(teacher, 't1')!.game.log.slice(at)).toEqual([{ type: 'end_round' }]);
  });

  it('the teacher moves a student: the student then sees the new table and no longer the old one', async () => {
    const a = await student('Hom', 't1');
    const welcome = collect<{ seat: string }>(a, 'welcome');
    a.send('hello');
    await until(() => welcome.length > 0 && tableOf(a, 't1') !== undefined, 'seated at table 1');
    teacher.send('move', { seat: welcome[0]!.seat, table: 't4' });
    await until(() => tableOf(a, 't4') !== undefined && tableOf(a, 't1') === undefined, 'the move');
  });
});

describe('authority against raw clients', () => {
  it('a student cannot act as the teacher, for another table, or change tables once seated', async () => {
    const c = await raw({ name: 'Intruder', table: 't1' });
    c.send('start');
    c.send('inject', { table: 't2', news: 'fake' });
    c.send('move', { seat: 'x', table: 't2' });
    c.send('act', { table: 't2', action: { type: 'host_talks' } });
    c.send('pick', { table: 't2' });
    await until(() => c.errors().length >= 5, 'five errors');
    expect(c.errors()).toEqual(['notTeacher', 'notTeacher', 'notTeacher', 'malformed', 'seated']);
    await expect(RawClient.join(server.port, server.code, { teacherKey: 'x'.repeat(24) })).rejects.toThrow(/teacher key/);
  });

  it('a disconnected student’s name does not take their seat: only the reconnection token returns to it', async () => {
    const owner = await student('Nuan', 't2');
    const welcome = collect<{ seat: string }>(owner, 'welcome');
    owner.send('hello');
    await until(() => welcome.length > 0 && tableOf(owner, 't2') !== undefined, 'Nuan seated at table 2');
    const seat = welcome[0]!.seat;
    const token = owner.reconnectionToken;
    (owner.connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
    const seats = () => (teacher.state as { seats: Map<string, { name: string; connected: boolean; table: string }> }).seats;
    await until(() => seats().get(seat)?.connected === false, 'the seat left empty');
    const impostor = await raw({ name: 'Nuan' });
    impostor.send('hello');
    await until(() => impostor.messages.some((m) => m.type === 'welcome'), 'the impostor’s welcome');
    const given = impostor.messages.find((m) => m.type === 'welcome')!.payload as { seat: string };
    expect(given.seat).not.toBe(seat);
    impostor.send('act', { action: { type: 'host_talks' } });
    await until(() => impostor.errors().length > 0, 'a refusal');
    expect(impostor.errors()).toEqual(['noTable']);
    expect(seats().get(seat)).toMatchObject({ connected: false, table: 't2' });
    const back = await sdk(server.port).reconnect(token);
    opened.push({ leave: () => back.leave() });
    await until(() => seats().get(seat)?.connected === true, 'the owner back with the token');
    expect(seats().get(given.seat)).toMatchObject({ name: 'Nuan', table: '' });
  });

  it('never receives another table’s data: a news flash for table 3 reaches table 3’s frames only', async () => {
    const mine = await raw({ name: 'Ink', table: 't1' });
    const theirs = await raw({ name: 'Jit-private-name', table: 't3' });
    teacher.send('inject', { table: 't3', news: 'Flash-for-table-three-only' });
    await until(() => theirs.text().includes('Flash-for-table-three-only'), 'the flash at table 3');
    mine.send('hello');
    await until(() => mine.messages.some((m) => m.type === 'welcome'), 'an answer after the flash');
    await new Promise((r) => setTimeout(r, 100));
    expect(mine.text()).not.toContain('Flash-for-table-three-only');
    expect(mine.text()).not.toContain('Jit-private-name');
    expect(mine.text()).toContain('Ink');
  });

  it('another table’s play sends a student no frames at all, not even empty state patches', async () => {
    const mine = await raw({ name: 'Quiet', table: 't2' });
    const theirs = await raw({ name: 'Busy', table: 't4' });
    await new Promise((r) => setTimeout(r, 100));
    const before = mine.frames.length;
    for (let i = 1; i <= 3; i++) {
      teacher.send('inject', { table: 't4', news: `Busy-table-news-${i}` });
      await until(() => theirs.text().includes(`Busy-table-news-${i}`), `news ${i} at table 4`);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(mine.frames.length).toBe(before);
  });

  it('malformed, oversized and unknown messages get errors and are dropped; the room survives', async () => {
    const c = await raw({ name: 'Kaew', table: 't2' });
    c.sendBytes(Buffer.from([13, 3, 0x61, 0x63, 0x74, 0xc1, 0xff, 0x00]));
    c.send('act', { action: { type: 'launch_missiles' } });
    c.send('act', { action: { type: 'propose', proposal: { scope: 'x'.repeat(500) } } });
    c.send('no_such_message', {});
    c.send('act', { action: { type: 'host_talks' }, padding: 'y'.repeat(4000) });
    await until(() => c.errors().length >= 5, 'five errors');
    expect(c.errors()).toEqual(['malformed', 'malformed', 'malformed', 'unknown', 'tooLarge']);
    expect(c.closed).toBe(false);
    c.send('hello');
    await until(() => c.messages.some((m) => m.type === 'welcome'), 'the room to answer');
  });

  it('a flood is limited: most messages are dropped with a notice, and the room goes on for others', async () => {
    const c = await raw({ name: 'Lek', table: 't4' });
    for (let i = 0; i < 300; i++) c.send('act', { action: { type: 'consult', side: i % 2 ? 'th' : 'kh' } });
    await until(() => c.errors().includes('tooFast'), 'a notice to slow down');
    const handled = c.messages.filter((m) => m.type === 'error').length;
    expect(handled).toBeLessThan(40);
    const d = await student('Mali', 't4');
    d.send('act', { action: { type: 'end_round' } });
    await until(() => tableOf(teacher, 't4')!.log.at(-1)?.type === 'end_round', 'another student’s decision to count');
  });
});

/** Stops the server (every client leaves) and starts it again from its session file. */
async function restart(): Promise<void> {
  const code = server.code;
  const key = server.teacherKey;
  for (const o of opened.splice(0)) {
    o.leave?.();
    o.close?.();
  }
  await teacher.leave();
  await server.close();
  const read = await readSession(sessionPath(dir, code));
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: dir, resume: read.data });
  expect(server.code).toBe(code);
  teacher = await sdk(server.port).joinById(code, { teacherKey: key });
  await until(() => tableOf(teacher, 't4') !== undefined, 'the tables');
}

/** The `welcome` a raw client gets when it asks who it is. */
async function welcomeOf(c: RawClient): Promise<{ seat: string; seatKey?: string }> {
  c.send('hello');
  await until(() => c.messages.some((m) => m.type === 'welcome'), 'the welcome');
  return c.messages.find((m) => m.type === 'welcome')!.payload as { seat: string; seatKey?: string };
}

type Seats = Map<string, { name: string; connected: boolean; table: string }>;
const seatsOf = (room: Room) => (room.state as { seats: Seats }).seats;

describe('a restarted server', () => {
  it('resumes every table from the session file with identical states', async () => {
    await until(() => tableOf(teacher, 't1')!.log.length > 0, 'some play');
    const games = Object.fromEntries(['t1', 't2', 't3', 't4'].map((id) => [id, tableOf(teacher, id)!.game]));
    await restart();
    for (const id of ['t1', 't2', 't3', 't4']) expect(tableOf(teacher, id)!.game, id).toEqual(games[id]);
    // A name alone returns nobody to a seat: Bopha comes back as a new seat and picks her table.
    const back = await student('Bopha');
    back.send('pick', { table: 't2' });
    await until(() => tableOf(back, 't2') !== undefined, 'Bopha at table 2 again');
    const named = [...seatsOf(teacher).values()].filter((s) => s.name === 'Bopha');
    expect(named.map((s) => s.connected).sort()).toEqual([false, true]);
  });

  it('returns a student by seat key to their seat and table; a wrong key or the name alone makes a new seat; no one else ever receives the key', async () => {
    const sok = await raw({ name: 'Sok', table: 't3' });
    const { seat, seatKey } = await welcomeOf(sok);
    expect(seatKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const key = seatKey!;
    const mate = await raw({ name: 'Tida', table: 't3' });
    const watcher = await raw({ teacherKey: server.teacherKey });
    await welcomeOf(mate);
    await welcomeOf(watcher);
    await until(() => mate.text().includes('Sok') && watcher.text().includes('Sok'), 'Sok in the tablemate’s and the teacher’s state');
    await restart();

    // After the restart the reconnection tokens are gone; the name, or a key that is not the seat's, is no proof.
    const byName = await raw({ name: 'Sok' });
    expect((await welcomeOf(byName)).seat).not.toBe(seat);
    byName.send('act', { action: { type: 'end_round' } });
    await until(() => byName.errors().length > 0, 'a refusal');
    expect(byName.errors()).toEqual(['noTable']);
    const wrong = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    const byWrongKey = await raw({ name: 'Sok', seatKey: wrong });
    expect((await welcomeOf(byWrongKey)).seat).not.toBe(seat);
    expect(seatsOf(teacher).get(seat)).toMatchObject({ connected: false, table: 't3' });
    await expect(raw({ name: 'Sok', seatKey: 'not a key' })).rejects.toThrow(/not a seat key/);

    // The seat's own key returns it: the same seat, at table 3, and it plays on.
    const watcherAfter = await raw({ teacherKey: server.teacherKey });
    const back = await raw({ name: 'Sok', seatKey: key });
    const welcome = await welcomeOf(back);
    expect(welcome).toMatchObject({ seat, seatKey: key });
    await until(() => seatsOf(teacher).get(seat)?.connected === true, 'the seat taken again');
    expect(seatsOf(teacher).get(seat)).toMatchObject({ name: 'Sok', table: 't3' });
    const before = tableOf(teacher, 't3')!.log.length;
    back.send('act', { action: { type: 'end_round' } });
    await until(() => tableOf(teacher, 't3')!.log.length === before + 1, 'Sok’s decision at table 3');
    expect(back.errors()).toEqual([]);
    // While its student is there, the key opens the seat for nobody else.
    await expect(raw({ name: 'Sok', seatKey: key })).rejects.toThrow(/another tab/);

    // The key reached Sok's clients only: not the tablemate, the teacher, nor the other joins.
    await welcomeOf(watcherAfter);
    expect(sok.text()).toContain(key);
    expect(back.text()).toContain(key);
    for (const other of [mate, watcher, watcherAfter, byName, byWrongKey]) expect(other.text()).not.toContain(key);
  });
});
