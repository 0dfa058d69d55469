// The class bench for three-party tables: every seat of every table played by a simulated client
// (colyseus.js): the envoy decides and tables packages, and each delegation answers each package
// (accept or a counter-offer, with a reason) after a short think. Round trips are timed from an
// intent to the acting client seeing its result: the envoy's decision in its table's log (or its
// package waiting for the teams), a delegation's answer taken off its screen. Bounded in clients
// and time; the server runs in its own process, the seats in processes of their own
// (party-clients.ts), and all stop with the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction, Proposal } from '../../src/sim/state';
import { refuse } from '../../src/sim/game';
import { quantile } from './node-metrics';
import { nextLegal, THINK_MS } from './class-metrics';
import { startClients, stopClients, within, type ClientProcess } from './client-processes';

/** Seats per table: the envoy and both delegations, each its own client. */
const PER_TABLE = 3;
const PACKAGE: Proposal = { scope: 'front', withdrawal: 'km10', observers: 'aot', civilians: 'corridors', trade: 'none', boundary: 'jbc' };

function startChild(tables: number): Promise<{ child: ChildProcess; port: number; code: string; key: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'class-child.ts'), '--tables', String(tables)], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, ...(JSON.parse(line) as { port: number; code: string; key: string }) }));
    child.once('exit', (c) => reject(new Error(`class server exited with ${c}`)));
  });
}

type Raw = { tables?: Map<string, { game: string }>; parties?: Map<string, { pending: string }>; delegations?: Map<string, { pending: string }> };
const game = (r: Room, id: string): GameState | null => {
  const t = (r.state as Raw).tables?.get(id);
  return t?.game ? (JSON.parse(t.game) as GameState) : null;
};
const pendingAt = (r: Room, id: string) => (r.state as Raw).parties?.get(id)?.pending ?? '';
const delegationPending = (r: Room, id: string) => (r.state as Raw).delegations?.get(id)?.pending ?? '';

/** Sends `type` and resolves with the round trip when `seen()` holds on `room`, or null (error, 5 s). */
function timed(room: Room, type: string, payload: unknown, seen: () => boolean): Promise<number | null> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(null), 5000);
    const check = () => {
      if (seen()) done(performance.now() - t0);
    };
    const offError = room.onMessage('error', () => done(null));
    room.onStateChange(check);
    function done(v: number | null) {
      clearTimeout(timer);
      room.onStateChange.remove(check);
      offError();
      resolve(v);
    }
    room.send(type, payload);
  });
}

const think = () => new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
const until = async (check: () => boolean, end: number) => {
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};

/** The envoy's next decision: a package once a round when the rules allow, else the usual preference list. */
function envoyAction(level: Level, g: GameState): MediatorAction | null {
  if (g.outcome) return null;
  const propose: MediatorAction = { type: 'propose', proposal: PACKAGE };
  if (g.log.length % 3 === 2 && refuse(level, g, propose) === null) return propose;
  return nextLegal(level, g);
}

/** Seats a client process holds at most (whole tables): more in one process and its GC sets the tail. */
export const SEATS_PER_PROCESS = 240;

/**
 * Seats the three clients of each table in `ids` (an envoy, and a team for each delegation, which
 * the teacher has opened) on class `code` at `port`, then, once `go()` resolves with the time to
 * stop, plays them until then; resolves with the round trips in ms and how many were answers.
 */
export async function playSeats(level: Level, port: number, code: string, ids: readonly string[], go: () => Promise<number>): Promise<{ samples: number[]; answers: number }> {
  const sdk = new Client(`ws://127.0.0.1:${port}`);
  const rooms: Room[] = [];
  try {
    const seats: { id: string; envoy: Room; th: Room; kh: Room }[] = [];
    for (let i = 0; i < ids.length; i += 10) {
      const batch = await Promise.all(ids.slice(i, i + 10).map(async (id) => {
        const [envoy, th, kh] = await Promise.all([
          sdk.joinById(code, { name: `e-${id}`, table: id }), sdk.joinById(code, { name: `th-${id}` }), sdk.joinById(code, { name: `kh-${id}` })]);
        for (const r of [envoy, th, kh]) r.onMessage('*', () => undefined);
        th.send('pick', { table: id, role: 'th' });
        kh.send('pick', { table: id, role: 'kh' });
        return { id, envoy, th, kh };
      }));
      for (const s of batch) rooms.push(s.envoy, s.th, s.kh);
      seats.push(...batch);
    }
    const end = await go();
    const samples: number[] = [];
    let answers = 0;
    const delegate = async (room: Room, id: string, side: 'th' | 'kh') => {
      let turn = 0;
      while (Date.now() < end) {
        await until(() => delegationPending(room, `${id}:${side}`) !== '', end);
        if (Date.now() >= end) break;
        await think();
        const answer = turn++ % 2 === 0 ? 'accept' : { verdict: 'counter', counter: { ...PACKAGE, withdrawal: side === 'th' ? 'km5' : 'km20' } };
        const rt = await timed(room, 'answer', { answer, reason: 'A short reason from the team.' }, () => delegationPending(room, `${id}:${side}`) === '');
        if (rt !== null) {
          samples.push(rt);
          answers++;
        }
      }
    };
    const envoyLoop = async (s: (typeof seats)[number], k: number) => {
      await new Promise((r) => setTimeout(r, (k * THINK_MS) / seats.length));
      while (Date.now() < end) {
        await until(() => pendingAt(s.envoy, s.id) === '', end);
        const g = game(s.envoy, s.id);
        const action = g && envoyAction(level, g);
        if (!g || !action) break;
        const before = g.log.length;
        const rt = await timed(s.envoy, 'act', { action }, () => pendingAt(s.envoy, s.id) !== '' || (game(s.envoy, s.id)?.log.length ?? 0) > before);
        if (rt !== null) samples.push(rt);
        await think();
      }
    };
    await Promise.all(seats.flatMap((s, k) => [envoyLoop(s, k), delegate(s.th, s.id, 'th'), delegate(s.kh, s.id, 'kh')]));
    return { samples, answers };
  } finally {
    await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
  }
}

/** What a party client process reports after play. */
interface PartyReport { samples: number[]; answers: number }

/**
 * Plays three-party tables with `clients` simulated seats for `seconds`; returns the round trips in
 * ms. The seats play from processes of their own (party-clients.ts, whole tables, at most
 * SEATS_PER_PROCESS each); the teacher, who opens the delegations' seats, stays in this one.
 */
export async function partyRoundTrips(level: Level, clients: number, seconds: number): Promise<{ p99: number; median: number; samples: number; answers: number; serverCpuShare: number; clientProcesses: number }> {
  const tables = Math.max(1, Math.ceil(clients / PER_TABLE));
  const server = await startChild(tables);
  const procs: ClientProcess[] = [];
  let teacher: Room | null = null;
  try {
    teacher = await new Client(`ws://127.0.0.1:${server.port}`).joinById(server.code, { teacherKey: server.key });
    teacher.onMessage('*', () => undefined);
    teacher.send('seat', { table: 'all', role: 'th', set: 'open' });
    teacher.send('seat', { table: 'all', role: 'kh', set: 'open' });
    await new Promise((r) => setTimeout(r, 200));
    const parts = Math.min(tables, Math.max(1, Math.ceil(clients / SEATS_PER_PROCESS)));
    procs.push(...await Promise.all(Array.from({ length: parts }, (_, part) => startClients('party-clients.ts', ['--port', String(server.port), '--code', server.code,
      '--tables', String(tables), '--part', String(part), '--parts', String(parts)]))));
    teacher.send('start');
    await new Promise((r) => setTimeout(r, 500));
    const end = Date.now() + seconds * 1000;
    for (const p of procs) p.child.send({ end });
    const reports = (await Promise.all(procs.map((p) => within(p.message(), seconds * 1000 + 30_000, "a client process's report")))) as PartyReport[];
    const samples = reports.flatMap((r) => r.samples);
    const usage = new Promise<{ cpuMs: number; wallMs: number }>((resolve) =>
      createInterface({ input: server.child.stdout! }).once('line', (l) => resolve(JSON.parse(l) as { cpuMs: number; wallMs: number })));
    server.child.stdin!.end();
    const u = await usage;
    return { p99: quantile(samples, 0.99), median: quantile(samples, 0.5), samples: samples.length, answers: reports.reduce((n, r) => n + r.answers, 0), serverCpuShare: u.cpuMs / u.wallMs, clientProcesses: procs.length };
  } finally {
    await teacher?.leave().catch(() => undefined);
    await stopClients(procs);
    if (server.child.exitCode === null) server.child.stdin!.end();
    await new Promise((r) => (server.child.exitCode === null ? server.child.once('exit', r) : r(null)));
  }
}
