// The class server's bench: round trips from a student's intent to the updated table state with
// N simulated clients (colyseus.js, five to a table, one teacher; the students in processes of their
// own, class-clients.ts, at most CLIENTS_PER_PROCESS each), the most clients one server process (or
// two processes sharing a redis-server) holds with the p99 at or under 100 ms, and the server's
// memory per table; beside the round trips, how long the clients' processes and the server stalled
// (stalls.ts). Every run is bounded in clients and time, and stops its server
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
import { startClients, stopClients, within, type ClientProcess } from './client-processes';
import { startRedis, type RedisProcess } from '../../tests/helpers/redis-server';

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

/** Students a client process holds at most: more in one process and its GC, not the server, sets the tail. */
export const CLIENTS_PER_PROCESS = 250;

/** What a client process reports after play. */
interface ClientReport { samples: number[]; cpuMs: number; wallMs: number; stallMs: number; gcShare: number }

/**
 * Seats `clients` students of `server`'s class through the process on `via`, in client processes
 * of at most CLIENTS_PER_PROCESS students each holding whole tables; resolves once all are seated.
 */
async function seatProcesses(server: Child, via: number, clients: number, procs: ClientProcess[]): Promise<void> {
  const tables = Math.max(1, Math.ceil(clients / PER_TABLE));
  const parts = Math.min(tables, Math.max(1, Math.ceil(clients / CLIENTS_PER_PROCESS)));
  procs.push(...await Promise.all(Array.from({ length: parts }, (_, part) => startClients('class-clients.ts', ['--port', String(via), '--code', server.code,
    '--tables', String(tables), '--students', String(clients), '--part', String(part), '--parts', String(parts)]))));
}

/** Each table decides every 0.5-1.5 s until its game ends or `end`; pushes each round trip in ms. */
export async function play(level: Level, byTable: Map<string, Room[]>, end: number, samples: number[]): Promise<void> {
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
 * does not host its class (the seat reservation sends it on to the host). The students are spread
 * over client processes holding whole tables (class-clients.ts); the teacher stays in this one.
 */
export async function roundTrips(level: Level, clients: number, seconds: number, processes: 1 | 2 = 1): Promise<{
  p99: number; median: number; samples: number; serverCpuShare: number; clientCpuShare: number; serverCpuMsPerIntent: number;
  /** The clients' processes during play: the longest event-loop delay of any (ms) and the largest share of time one spent in GC pauses. */
  clientStallMs: number; clientGcShare: number;
  /** How many processes the simulated students were spread over. */
  clientProcesses: number;
  /** The servers' longest event-loop delay during play (ms). */
  serverStallMs: number;
}> {
  let redis: RedisProcess | null = null;
  const servers: Child[] = [];
  const teachers: Room[] = [];
  const procs: ClientProcess[] = [];
  try {
    if (processes > 1) redis = await startRedis();
    const share = (k: number) => Math.floor(clients / processes) + (k < clients % processes ? 1 : 0);
    for (let k = 0; k < processes; k++) servers.push(await startChild(Math.max(1, Math.ceil(share(k) / PER_TABLE)), redis?.url));
    for (let k = 0; k < processes; k++) {
      const via = servers[(k + 1) % processes]!.port;
      const teacher = await new Client(`ws://127.0.0.1:${via}`).joinById(servers[k]!.code, { teacherKey: servers[k]!.key });
      teacher.onMessage('*', () => undefined);
      teachers.push(teacher);
      await seatProcesses(servers[k]!, via, share(k), procs);
    }
    for (const t of teachers) t.send('start');
    await new Promise((r) => setTimeout(r, 300));
    for (const s of servers) s.child.stdin!.write('play\n');
    const reports = await Promise.all(procs.map(async (p) => {
      p.child.send({ play: seconds * 1000 });
      return (await within(p.message(), seconds * 1000 + 30_000, "a client process's report")) as ClientReport;
    }));
    const samples = reports.flatMap((r) => r.samples);
    const wallMs = Math.max(...reports.map((r) => r.wallMs));
    const usage = await Promise.all(servers.map((s) => {
      const u = new Promise<{ cpuMs: number; wallMs: number; stallMs: number }>((resolve) =>
        createInterface({ input: s.child.stdout! }).once('line', (l) => resolve(JSON.parse(l) as { cpuMs: number; wallMs: number; stallMs: number })));
      s.child.stdin!.end();
      return within(u, 15_000, "a server's CPU report");
    }));
    return { p99: quantile(samples, 0.99), median: quantile(samples, 0.5), samples: samples.length, serverCpuShare: usage.reduce((n, u) => n + u.cpuMs / u.wallMs, 0),
      clientCpuShare: reports.reduce((n, r) => n + r.cpuMs, 0) / Math.max(1, wallMs), clientProcesses: procs.length,
      serverCpuMsPerIntent: usage.reduce((n, u) => n + u.cpuMs, 0) / Math.max(1, samples.length),
      clientStallMs: Math.max(...reports.map((r) => r.stallMs)), clientGcShare: Math.max(...reports.map((r) => r.gcShare)), serverStallMs: Math.max(...usage.map((u) => u.stallMs)) };
  } finally {
    await Promise.all(teachers.map((r) => r.leave().catch(() => undefined)));
    await stopClients(procs);
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
