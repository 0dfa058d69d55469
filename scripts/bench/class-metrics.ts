// The class server's bench: round trips from a student's intent to the updated table state with
// N simulated clients (colyseus.js, five to a table, one teacher), the most clients one server
// process holds with the p99 at or under 100 ms, and the server's memory per table. Every run is
// bounded in clients and time, and stops its server process itself.
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

function startChild(tables: number): Promise<{ child: ChildProcess; port: number; code: string; key: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'class-child.ts'), '--tables', String(tables)], { stdio: ['pipe', 'pipe', 'inherit'] });
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

/** Plays every table with `clients` students until the games end or `seconds` pass; returns round trips in ms. */
export async function roundTrips(level: Level, clients: number, seconds: number): Promise<{ p99: number; median: number; samples: number; serverCpuShare: number }> {
  const tables = Math.max(1, Math.ceil(clients / PER_TABLE));
  const server = await startChild(tables);
  const sdk = new Client(`ws://127.0.0.1:${server.port}`);
  const rooms: Room[] = [];
  try {
    const teacher = await sdk.joinById(server.code, { teacherKey: server.key });
    teacher.onMessage('*', () => undefined);
    rooms.push(teacher);
    for (let i = 0; i < clients; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, clients - i) }, (_, k) =>
        sdk.joinById(server.code, { name: `s${i + k}`, table: `t${((i + k) % tables) + 1}` })));
      for (const r of batch) r.onMessage('*', () => undefined);
      rooms.push(...batch);
    }
    teacher.send('start');
    await new Promise((r) => setTimeout(r, 300));
    const byTable = new Map<string, Room[]>();
    rooms.slice(1).forEach((r, i) => {
      const id = `t${(i % tables) + 1}`;
      byTable.set(id, [...(byTable.get(id) ?? []), r]);
    });
    const samples: number[] = [];
    const end = Date.now() + seconds * 1000;
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
    const usage = new Promise<{ cpuMs: number; wallMs: number }>((resolve) =>
      createInterface({ input: server.child.stdout! }).once('line', (l) => resolve(JSON.parse(l) as { cpuMs: number; wallMs: number })));
    server.child.stdin!.end();
    const u = await usage;
    return { p99: quantile(samples, 0.99), median: quantile(samples, 0.5), samples: samples.length, serverCpuShare: u.cpuMs / u.wallMs };
  } finally {
    await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
    if (server.child.exitCode === null) server.child.stdin!.end();
    await new Promise((r) => (server.child.exitCode === null ? server.child.once('exit', r) : r(null)));
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
