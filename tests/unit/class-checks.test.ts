// The concept check in a class session, on a real server on a free loopback port: a student's
// answers before and after play reach the teacher (and no other student), a malformed sitting is
// refused, and the answers are in the session file, so a restarted server still has them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from 'colyseus.js';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import { readSession, sessionPath } from '../../src/server/session-file';
import type { ClassChecks } from '../../src/server/class-checks';
import { collect, sdk, until } from '../helpers/class-clients';

let server: ClassServer;
let dir: string;
const rooms: Room[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'class-checks-'));
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: dir, levelId: 'july-2025', tables: 2, seed: 7, difficulty: 'calm' });
});

afterAll(async () => {
  for (const r of rooms) {
    try {
      await r.leave();
    } catch {
      // already gone
    }
  }
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function enter(options: Record<string, unknown>): Promise<Room> {
  const room = await sdk(server.port).joinById(server.code, options);
  rooms.push(room);
  return room;
}

describe('concept checks in a class session', () => {
  it('go to the teacher only, are refused when malformed, and are kept in the session file', async () => {
    const teacher = await enter({ teacherKey: server.teacherKey });
    const toTeacher = collect<ClassChecks>(teacher, 'checks');
    teacher.send('hello');
    await until(() => toTeacher.length > 0, 'the checks on hello');
    expect(toTeacher[0]).toEqual({});

    const anong = await enter({ name: 'Anong', table: 't1' });
    const dara = await enter({ name: 'Dara', table: 't1' });
    const toDara = collect(dara, 'checks');
    const errors = collect<{ code: string }>(anong, 'error');
    anong.send('check', { sitting: 'before', answers: { ripeness: 'b', leverage: null } });
    anong.send('check', { sitting: 'during', answers: {} });
    anong.send('check', { sitting: 'after', answers: { ripeness: 'b', '<script>': 'x' } });
    await until(() => errors.length >= 2, 'two refusals');
    expect(errors.map((e) => e.code)).toEqual(['malformed', 'malformed']);
    anong.send('check', { sitting: 'after', answers: { ripeness: 'a', leverage: 'c' } });
    await until(() => toTeacher.some((c) => Object.values(c).some((s) => s.after)), 'the after sitting at the teacher');
    const seatOf = (room: Room) => [...((room.state as { seats: Map<string, { id: string; name: string }> }).seats.values())].find((s) => s.name === 'Anong')!.id;
    const anongSeat = seatOf(teacher);
    expect(toTeacher.at(-1)).toEqual({ [anongSeat]: { before: { ripeness: 'b', leverage: null }, after: { ripeness: 'a', leverage: 'c' } } });
    expect(toDara, 'another student never receives the checks').toEqual([]);

    await server.close();
    const read = await readSession(sessionPath(dir, server.code));
    expect(read.ok && read.data.checks).toEqual({ [anongSeat]: { before: { ripeness: 'b', leverage: null }, after: { ripeness: 'a', leverage: 'c' } } });
    if (!read.ok) return;
    rooms.length = 0;
    server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: dir, resume: read.data });
    const back = await enter({ teacherKey: server.teacherKey });
    const again = collect<ClassChecks>(back, 'checks');
    back.send('hello');
    await until(() => again.length > 0, 'the checks after a restart');
    expect(again[0]?.[anongSeat]?.after).toEqual({ ripeness: 'a', leverage: 'c' });
  });
});
