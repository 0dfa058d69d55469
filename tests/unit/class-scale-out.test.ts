// Two `npm run class` processes sharing a redis-server of the test's own, behind a proxy with a
// path per process as the hosting guide sets up: a class hosted by one is joined through the other,
// the teacher's inject reaches a student who came in through the other process, and when one process
// is killed mid-session the other resumes its class from the data in Redis with every table
// identical. Everything started here is stopped here, also on failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { Room } from 'colyseus.js';
import { redisKeys } from '../../src/server/scale-out';
import { readSession, sessionPath, type SessionData } from '../../src/server/session-file';
import type { GameState } from '../../src/sim/state';
import type { TableEntry } from '../../src/sim/inject';
import { shippedLevel } from '../helpers/level';
import { sdk, seatKeyOf, until } from '../helpers/class-clients';
import { startRedis, type RedisProcess } from '../helpers/redis-server';
import { startPathProxy, type PathProxy } from '../helpers/path-proxy';

const root = resolve(import.meta.dirname, '../..');
const children = new Set<ChildProcess>();
const dirs: string[] = [];
const rooms: Room[] = [];
let redis: RedisProcess | undefined;
let store: Redis | undefined;
let proxy: PathProxy | undefined;

// A test run killed from outside still takes its server processes along.
const killAll = () => {
  for (const c of children) if (c.pid && c.exitCode === null) process.kill(c.pid, 'SIGKILL');
  if (redis?.child.pid && redis.child.exitCode === null) process.kill(redis.child.pid, 'SIGKILL');
};
process.once('exit', killAll);

/** One class process as the test knows it: from the lines it printed. */
interface ClassProcess { child: ChildProcess; port: number; code: string; key: string; processId: string; dir: string; out: () => string }

/**
 * Starts `npm run class` with Redis, its public address the path `/<prefix>` of the proxy, and
 * resolves once it prints how to stop it (then the proxy sends that path to it).
 */
function startProcess(url: string, prefix: string): Promise<ClassProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'class-scale-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--host', '127.0.0.1', '--no-build', '--new',
    '--tables', '3', '--seed', String(SEED), '--data', dir, '--redis', url, '--lease', '5',
    '--public-address', `127.0.0.1:${proxy!.port}/${prefix}`], { cwd: root });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no start in time:\n${text}`)), 40_000);
    child.stdout!.on('data', () => {
      if (!text.includes('Stop with Ctrl+C')) return;
      clearTimeout(timer);
      const t = /http:\/\/127\.0\.0\.1:(\d+)\/teacher\.html#code=([A-Z0-9]+)&key=([\w-]+)/.exec(text);
      const p = /\(process ([\w-]+)\)/.exec(text);
      if (!t || !p) return fail(new Error(`unexpected output:\n${text}`));
      proxy!.route(prefix, Number(t[1]));
      ok({ child, port: Number(t[1]), code: t[2]!, key: t[3]!, processId: p[1]!, dir, out: () => text });
    });
    child.once('exit', (c) => fail(new Error(`exited with ${c}:\n${text}`)));
  });
}

/** Joins class `code` through the process on `port` with colyseus.js, retrying while it is being resumed. */
async function joinClass(port: number, code: string, options: Record<string, unknown>, retryMs = 0): Promise<Room> {
  const end = Date.now() + retryMs;
  for (;;) {
    try {
      const room = await sdk(port).joinById(code, options);
      room.onMessage('*', () => undefined);
      rooms.push(room);
      return room;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Reads with `read` until `ok` holds; rejects after `ms` naming `what` and the last value read. */
async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last read: ${JSON.stringify(v)?.slice(0, 200)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Tables = Map<string, { game: string; log: string }>;
const tablesOf = (room: Room) => (room.state as { tables?: Tables }).tables;
const gameOf = (room: Room, id: string) => JSON.parse(tablesOf(room)!.get(id)!.game) as GameState;
const logOf = (room: Room, id: string) => JSON.parse(tablesOf(room)?.get(id)?.log ?? '[]') as TableEntry[];

/**
 * The classes' dice. They are fixed because the last test plays on after the takeover: with some
 * seeds (6, 8, 10 and 16 of the first twenty) the rockets incident injected below and ending the day lose
 * the table to war on day 1, which is the game working, and play would not go on to day 2.
 */
const SEED = 1;

let a: ClassProcess;
let b: ClassProcess;
/** The seat key Dara's page was given (she comes back with it after her class's process dies). */
let daraKey = '';

beforeAll(async () => {
  redis = await startRedis();
  store = new Redis(redis.url);
  proxy = await startPathProxy();
  [a, b] = await Promise.all([startProcess(redis.url, 'p1'), startProcess(redis.url, 'p2')]);
}, 90_000);

afterAll(async () => {
  for (const r of rooms) r.connection.close();
  store?.disconnect();
  await Promise.all([...children].map((c) => new Promise<void>((r) => {
    if (c.exitCode !== null) return r();
    c.once('exit', () => r());
    if (c.pid) process.kill(c.pid, 'SIGTERM');
  })));
  await redis?.stop();
  await proxy?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}, 30_000);

describe('class processes sharing Redis', () => {
  it('one process without Redis (the default) loads no Redis client; with --redis it does', async () => {
    const loads = (options: string) => new Promise<string>((ok, fail) => {
      const script = `import { createRequire } from 'node:module';
        const { startClassServer } = await import('./src/server/class-server.ts');
        const s = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, tables: 1${options} });
        console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\/]ioredis[\\/]/.test(k))));
        await s.close();`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
      children.add(child);
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (code) => (children.delete(child), code === 0 ? ok(out.trim()) : fail(new Error(out))));
    });
    expect(await loads('')).toBe('false');
    // Database 1 of the same Redis: its class stays out of the group of the tests below.
    expect(await loads(`, redis: '${redis!.url}/1'`)).toBe('true');
   }, 60_000);

  it('a class hosted by one process is joined through the other, whose seat reservation sends the client to the host', async () => {
    expect(a.processId).not.toBe(b.processId);
    const res = await fetch(`http://127.0.0.1:${b.port}/matchmake/joinById/${a.code}`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ name: 'Probe' }),
    });
    const body = (await res.json()) as { sessionId?: string; room?: { processId: string; publicAddress?: string } };
    expect(body.sessionId).toBeTruthy();
    expect(body.room?.processId).toBe(a.processId);
    expect(body.room?.publicAddress).toBe(`127.0.0.1:${proxy!.port}/p1`);

    // Each class, through the process that does not host it: the teacher sees every table.
    for (const [host, via] of [[a, b], [b, a]] as const) {
      const teacher = await joinClass(via.port, host.code, { teacherKey: host.key });
      await until(() => tablesOf(teacher)?.size === 3, `every table of ${host.code} in the teacher's view`);
      expect([...tablesOf(teacher)!.keys()].sort()).toEqual(['t1', 't2', 't3']);
      expect(gameOf(teacher, 't1').round).toBe(1);
    }
    // Each room connection went through the proxy's path of the hosting process.
    expect(proxy!.upgrades.get('p1')).toBe(1);
    expect(proxy!.upgrades.get('p2')).toBe(1);
  });

  it('an inject from the teacher on one process reaches the table of a student who joined through the other', async () => {
    const teacher = await joinClass(a.port, a.code, { teacherKey: a.key });
    const student = await joinClass(b.port, a.code, { name: 'Dara', table: 't1' });
    await until(() => tablesOf(student)?.has('t1') === true, "the student's table");
    daraKey = await seatKeyOf(student);
    teacher.send('start');
    await until(() => (student.state as { phase: string }).phase === 'running', 'the session to start for the student');
    student.send('act', { action: { type: 'host_talks' } });
    await until(() => logOf(teacher, 't1').length === 1, "the student's decision in the teacher's view");
    const incident = (await shippedLevel('july-2025')).incidents[0]!.id;
    teacher.send('inject', { table: 't1', incident, victim: 'th' });
    await until(() => logOf(student, 't1').length === 2, 'the inject at the table');
    expect(logOf(student, 't1')[1]).toEqual({ type: 'inject', incident, victim: 'th' });
    expect(gameOf(student, 't1').injected?.[0]).toMatchObject({ id: incident, victim: 'th' });
    // The other tables of the class are not the student's to see.
    expect(tablesOf(student)?.has('t2')).toBe(false);
  });

  it("a process killed mid-session: the other resumes its class from Redis with identical tables, and play goes on", async () => {
    const teacher = await joinClass(a.port, a.code, { teacherKey: a.key });
    await until(() => logOf(teacher, 't1').length === 2, 'the class so far');
    teacher.send('inject', { table: 't2', news: 'A school near the border reopens.' });
    await until(() => logOf(teacher, 't2').length === 1, 'a second table to change');
    const before = new Map([...tablesOf(teacher)!].map(([id, t]) => [id, t.game]));
    // What the class has done is in Redis before the process dies (written as it changed).
    await poll(async () => JSON.parse((await store!.get(redisKeys.session(a.code))) ?? 'null') as SessionData | null,
      (d) => d !== null && d.tables.every((t) => t.entries.length === logOf(teacher, t.id).length), 'the session data in Redis');

    process.kill(a.child.pid!, 'SIGKILL');
    await new Promise<void>((r) => (a.child.exitCode !== null || a.child.signalCode !== null ? r() : a.child.once('exit', () => r())));

    const again = await joinClass(b.port, a.code, { teacherKey: a.key }, 20_000);
    await until(() => tablesOf(again)?.size === 3, 'every table after the takeover');
    for (const [id, game] of before) expect(tablesOf(again)!.get(id)!.game, `table ${id}`).toBe(game);
    expect(b.out()).toContain(`Resumed class ${a.code}`);
    expect(await store!.get(redisKeys.owner(a.code))).toBe(b.processId);

    // The student comes back through the surviving process to the same seat by its key (her
    // reconnection token died with the process), and plays on.
    expect(daraKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const student = await joinClass(b.port, a.code, { name: 'Dara', seatKey: daraKey });
    await until(() => tablesOf(student)?.has('t1') === true, 'the student back at table 1');
    student.send('act', { action: { type: 'end_round' } });
    await until(() => logOf(again, 't1').length === 3, "the student's next decision");
    expect(gameOf(again, 't1').round).toBe(2);
    // The surviving process keeps the resumed class in its own data folder too.
    await poll(async () => {
      const r = await readSession(sessionPath(b.dir, a.code));
      return r.ok ? r.data.tables.find((t) => t.id === 't1')!.entries.length : 0;
    }, (n) => n === 3, "the resumed class's file in the surviving process's folder");
   }, 60_000);

  it('a process stopped cleanly lets go of its classes at once, and another process resumes them all', async () => {
    const c = await startProcess(redis!.url, 'p3');
    const games = new Map<string, Map<string, string>>();
    for (const [code, key] of [[a.code, a.key], [b.code, b.key]]) {
      const teacher = await joinClass(c.port, code!, { teacherKey: key });
      await until(() => tablesOf(teacher)?.size === 3, `the tables of ${code}`);
      games.set(code!, new Map([...tablesOf(teacher)!].map(([id, t]) => [id, t.game])));
    }
    const exit = new Promise<number | null>((r) => b.child.once('exit', (code) => r(code)));
    process.kill(b.child.pid!, 'SIGTERM');
    expect(await exit).toBe(0);
    // Let go, not left to lapse: right after the exit no lease names the stopped process.
    for (const code of [a.code, b.code]) expect(await store!.get(redisKeys.owner(code))).not.toBe(b.processId);

    for (const [code, key] of [[a.code, a.key], [b.code, b.key]]) {
      const teacher = await joinClass(c.port, code!, { teacherKey: key }, 20_000);
      await until(() => tablesOf(teacher)?.size === 3, `the tables of ${code} after the stop`);
      for (const [id, game] of games.get(code!)!) expect(tablesOf(teacher)!.get(id)!.game, `${code} table ${id}`).toBe(game);
      expect(c.out()).toContain(`Resumed class ${code}`);
    }
   }, 60_000);
});
