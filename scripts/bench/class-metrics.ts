// The class server's bench: round trips from a student's intent to the updated table state with
// N simulated clients (colyseus.js, five to a table, one teacher), the most clients one server
// process (or two processes sharing a redis-server) holds with the p99 at or under 100 ms, and the
// server's memory per table; beside the round trips, how long the clients' process and the server
// stalled (stalls.ts). Every run is bounded in clients and time, and stops its server
// processes (and its redis-server) itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Client, type Room } from 'colyseus.js';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import { refuse } from '../../src/sim/game';
import { loadLevel } from '../../src/content/levels';
import { ClassTable } from '../../src/server/class-table';
import { TableState } from '../../src/server/state-schema';
import { quantile } from './node-metrics';
import { startRedis, type RedisProcess } from '../../tests/helpers/redis-server';
import { watchStalls } from './stalls';

/** Students per table in the bench. */
const PER_TABLE = 5;
/**
 * Pause between a table's decisions, in ms: a table in class decides every few seconds at most, so
 * the bench measures latency under a class's load, not under a flood (the flood is a test's job).
 */
export const THINK_MS = 1000;

/** The first decision of a fixed preference list that the sim allows now (bench-only driver). */
export function nextLegal(level: Level, g: GameState): MediatorAction | null {
  if (g.outcome) return null;
  const prefs: MediatorAction[] = [
    { type: 'consult', side: 'th' }, { type: 'consult', side: 'kh' }, { type: 'host_talks' }, { type: 'shuttle', side: 'th' },
    { type: 'hotline' }, { type: 'end_round' },
  ];
  return prefs.find((a) => refuse(level, g, a) === null) ?? null;
}

/** `p`, or a rejection naming `what` after `ms`: no step of the bench waits for ever. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

interface Child { child: ChildProcess; port: number; code: string; key: string }

function startChild(tables: number, redis?: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'class-child.ts'), '--tables', String(tables), ...(redis ? ['--redis', redis] : [])],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, ...(JSON.parse(line) as { port: number; code: string; key: string }) }));
    child.once('exit', (c) => reject(new Error(`class server exited with ${c}`)));
  });
}

function tableGame(room: Room, id: string): GameState | null {
  const t = (room.state as { tables?: Map<string, { game: string }> }).tables?.get(id);
  if (!t?.game) return null;
  try {
    return JSON.parse(t.game) as GameState;
  } catch {
    throw new Error(`table ${id} arrived as unreadable JSON (${t.game.length} characters)`);
  }
}

/** A class's students by table, and its teacher. */
interface Seated { teacher: Room; byTable: Map<string, Room[]> }

/** Joins a teacher and `clients` students to `server`'s class through the process on `via`. */
async function seat(server: Child, via: number, clients: number, rooms: Room[]): Promise<Seated> {
  const tables = Math.max(1, Math.ceil(clients / PER_TABLE));
  const sdk = new Client(`ws://127.0.0.1:${via}`);
  const teacher = await sdk.joinById(server.code, { teacherKey: server.key });
  teacher.onMessage('*', () => undefined);
  rooms.push(teacher);
  const byTable = new Map<string, Room[]>();
  for (let i = 0; i < clients; i += 50) {
    const batch = await within(Promise.all(Array.from({ length: Math.min(50, clients - i) }, (_, k) =>
      sdk.joinById(server.code, { name: `s${i + k}`, table: `t${((i + k) % tables) + 1}` }))), 60_000, 'joining 50 students');
    batch.forEach((r, k) => {
      r.onMessage('*', () => undefined);
      const id = `t${((i + k) % tables) + 1}`;
      byTable.set(id, [...(byTable.get(id) ?? []), r]);
    });
    rooms.push(...batch);
  }
  return { teacher, byTable };
}

/** Each table decides every 0.5-1.5 s until its game ends or `end`; pushes each round trip in ms. */
async function play(level: Level, byTable: Map<string, Room[]>, end: number, samples: number[]): Promise<void> {
  await Promise.all([...byTable].map(async ([id, members], k) => {
    await new Promise((r) => setTimeout(r, (k * THINK_MS) / byTable.size));
    for (let turn = 0; Date.now() < end; turn++) {
      const room = members[turn % members.length]!;
      const g = tableGame(room, id);
      const action = g && nextLegal(level, g);
      if (!g || !action) break;
      const before = g.log.length;
      const t0 = performance.now();
      const ok = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => done(false), 5000);
        const check = () => {
          const now = tableGame(room, id);
          if (now && now.log.length > before) done(true);
        };
        const offError = room.onMessage('error', () => done(false));
        room.onStateChange(check);
        function done(v: boolean) {
          clearTimeout(timer);
          room.onStateChange.remove(check);
          offError();
          resolve(v);
        }
        room.send('act', { action });
      });
      if (ok) samples.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
    }
  }));
}

/**
 * Plays every table with `clients` students until the games end or `seconds` pass; returns round
 * trips in ms. With `processes` = 2, two server processes share a redis-server of the bench's own,
 * each hosting one class of half the students, and every client joins through the process that
 * does not host its class (the seat reservation sends it on to the host).
 */
export async function roundTrips(level: Level, clients: number, seconds: number, processes: 1 | 2 = 1): Promise<{
  p99: number; median: number; samples: number; serverCpuShare: number; clientCpuShare: number; serverCpuMsPerIntent: number;
  /** The clients' process during play: its longest event-loop delay (ms) and its share of time in GC pauses. */
  clientStallMs: number; clientGcShare: number;
  /** The servers' longest event-loop delay during play (ms). */
  serverStallMs: number;
}> {
  let redis: RedisProcess | null = null;
  const servers: Child[] = [];
  const rooms: Room[] = [];
  try {
    if (processes > 1) redis = await startRedis();
    const share = (k: number) => Math.floor(clients / processes) + (k < clients % processes ? 1 : 0);
    for (let k = 0; k < processes; k++) servers.push(await startChild(Math.max(1, Math.ceil(share(k) / PER_TABLE)), redis?.url));
    const classes: Seated[] = [];
    for (let k = 0; k < processes; k++) classes.push(await seat(servers[k]!, servers[(k + 1) % processes]!.port, share(k), rooms));
    for (const c of classes) c.teacher.send('start');
    await new Promise((r) => setTimeout(r, 300));
    const samples: number[] = [];
    const end = Date.now() + seconds * 1000;
    for (const s of servers) s.child.stdin!.write('play\n');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const watch = watchStalls();
    await Promise.all(classes.map((c) => play(level, c.byTable, end, samples)));
    const stalls = watch.stop();
    const cpu = process.cpuUsage(cpu0);
    const clientCpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - t0);
    const usage = await Promise.all(servers.map((s) => {
      const u = new Promise<{ cpuMs: number; wallMs: number; stallMs: number }>((resolve) =>
        createInterface({ input: s.child.stdout! }).once('line', (l) => resolve(JSON.parse(l) as { cpuMs: number; wallMs: number; stallMs: number })));
      s.child.stdin!.end();
      return within(u, 15_000, "a server's CPU report");
    }));
    return { p99: quantile(samples, 0.99), median: quantile(samples, 0.5), samples: samples.length, serverCpuShare: usage.reduce((n, u) => n + u.cpuMs / u.wallMs, 0), clientCpuShare,
      serverCpuMsPerIntent: usage.reduce((n, u) => n + u.cpuMs, 0) / Math.max(1, samples.length),
      clientStallMs: stalls.longestMs, clientGcShare: stalls.gcShare, serverStallMs: Math.max(...usage.map((u) => u.stallMs)) };
  } finally {
    await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
    for (const s of servers) if (s.child.exitCode === null) s.child.stdin!.end();
    await Promise.all(servers.map((s) => within(new Promise((r) => (s.child.exitCode === null ? s.child.once('exit', r) : r(null))), 15_000, 'a server stopping')
      .catch(() => s.child.pid && s.child.exitCode === null && process.kill(s.child.pid, 'SIGKILL'))));
    await redis?.stop();
  }
}

/** Server heap per table: tables played to their end, with their synchronised copies. */
export async function tableKb(level: Level, count = 100): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const keep: unknown[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) {
    const table = new ClassTable(level, `t${i}`, String(i), 1000 + i, 'tense');
    for (let a = nextLegal(level, table.state); a; a = nextLegal(level, table.state)) table.apply(a);
    keep.push(table, new TableState({ id: table.id, name: table.name, game: JSON.stringify(table.state), log: JSON.stringify(table.entries) }));
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  if (keep.length !== count * 2) throw new Error('lost a table');
  return (after - before) / count / 1024;
}

/** The level the class bench plays. */
export async function classLevel(): Promise<Level> {
  const r = await loadLevel('july-2025');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
}
