// Starts a class server: one HTTP server that serves the built game and hosts the session's
// Colyseus room on the same port (and, in a group of processes sharing Redis, the classes it takes
// over from a process that stopped: scale-out.ts). Used by `npm run class`, the tests and the bench.

import { createServer, type Server as HttpServer } from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { Encoder } from '@colyseus/schema';
import { loadLevel } from '../content/levels';
import type { Difficulty, Level } from '../sim/level';
import { ClassRoom } from './class-room';
import { registerSetup } from './room-setup';
import { SessionWriter, type SessionData } from './session-file';
import { staticHandler } from './static-files';
import type { ScaleOut } from './scale-out';

// A teacher's first view holds every table's game (up to 60 tables of up to ~50 KB of JSON each):
// make room for it in one go. A patch that outgrows the buffer mid-encoding was seen to arrive
// with a truncated string, so the buffer is sized for the largest session, not grown on demand.
Encoder.BUFFER_SIZE = 4 * 1024 * 1024;

/** Letters of a class code: no 0/O, 1/I/L, so it reads back from a projector without doubt. */
const CODE_LETTERS = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new class code of `n` letters. */
export function newClassCode(n = 6): string {
  let s = '';
  for (let i = 0; i < n; i++) s += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  return s;
}

/** How to start a class server. */
export interface ClassServerOptions {
  port?: number;
  host?: string;
  /** Folder for session files; null keeps nothing on disk. */
  dataDir?: string | null;
  /** The built game to serve; null serves no pages. */
  distDir?: string | null;
  /** A session read back from disk, to resume; otherwise a new one from the options below. */
  resume?: SessionData;
  levelId?: string;
  tables?: number;
  difficulty?: Difficulty;
  seed?: number;
  /**
   * Redis address shared by several class processes (`redis://host:port`): any of them then
   * reaches every class, and resumes the classes of one that stops. Absent: one process, in memory.
   */
  redis?: string;
  /** With `redis`: where clients reach this process (`host:port`; default this host and port). */
  publicAddress?: string;
  /** With `redis`: how long a silent process keeps its classes before another resumes them, in ms. */
  leaseMs?: number;
}

/** A running class server. */
export interface ClassServer {
  port: number;
  code: string;
  teacherKey: string;
  room: ClassRoom;
  /** With `redis`: this process's part in the group (the classes it hosts, its leases). */
  scale: ScaleOut | null;
  /** Writes the session file and stops the server and its room. */
  close(): Promise<void>;
}

/** A new session's data. */
export function newSession(o: ClassServerOptions): SessionData {
  const n = Math.max(1, Math.min(60, o.tables ?? 6));
  const now = Date.now();
  return {
    v: 1, code: newClassCode(), teacherKey: randomBytes(18).toString('base64url'), levelId: o.levelId ?? 'july-2025',
    seed: o.seed ?? randomInt(1, 2 ** 31 - 1), difficulty: o.difficulty ?? 'tense', createdAt: now, updatedAt: now, phase: 'lobby',
    tables: Array.from({ length: n }, (_, i) => ({ id: `t${i + 1}`, name: String(i + 1), entries: [] })), seats: [],
  };
}

/** Starts a class server; rejects with a readable message when the scenario or the port fails. */
export async function startClassServer(o: ClassServerOptions = {}): Promise<ClassServer> {
  const data = o.resume ?? newSession(o);
  const loaded = await loadLevel(data.levelId);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const host = o.host ?? '0.0.0.0';
  // A process of a group announces its address before it listens, so its port must be known first.
  const wanted = o.redis && !o.port ? await freePort(host) : o.port ?? 8080;
  const scale = o.redis ? await (await import('./scale-out')).ScaleOut.connect({
    url: o.redis, leaseMs: o.leaseMs,
    publicAddress: o.publicAddress ?? `${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${wanted}`,
  }) : null;
  const http = createServer(staticHandler(o.distDir ?? null));
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: 64 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    ...scale?.serverOptions(),
  });
  gameServer.define('class', ClassRoom);
  await gameServer.listen(wanted, host);
  const port = (http.address() as AddressInfo).port;
  /** Opens a session's room in this process, with a writer of its own. */
  const open = async (d: SessionData, level: Level): Promise<ClassRoom> => {
    const writer = scale ? scale.writer(o.dataDir ?? null) : o.dataDir ? new SessionWriter(o.dataDir) : null;
    await matchMaker.createRoom('class', { token: registerSetup({ data: d, level, writer }) });
    const opened = matchMaker.getLocalRoomById(d.code) as ClassRoom;
    writer?.save(opened.snapshot());
    return opened;
  };
  if (scale && !(await scale.claim(data.code))) {
    await gameServer.gracefullyShutdown(false);
    await scale.release();
    await new Promise<void>((r) => http.close(() => r()));
    throw new Error(`Class ${data.code} is already hosted by another process of this group: start with --new for a new class.`);
  }
  const room = await open(data, loaded.level);
  scale?.host(room);
  scale?.start(async (d) => {
    const l = await loadLevel(d.levelId);
    if (!l.ok) throw new Error(l.errors.join('\n'));
    return open(d, l.level);
  });
  return {
    port, code: data.code, teacherKey: data.teacherKey, room, scale,
    async close() {
      const rooms = scale ? scale.rooms() : [room];
      scale?.stop();
      await Promise.all(rooms.map((r) => r.flush()));
      await gameServer.gracefullyShutdown(false);
      // Changes made while the rooms closed are written before the classes are let go.
      await Promise.all(rooms.map((r) => r.flush()));
      await scale?.release();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}

/** A port free on `host` now (for a process that must announce its address before listening). */
async function freePort(host: string): Promise<number> {
  const probe: HttpServer = createServer();
  await new Promise<void>((ok, fail) => probe.once('error', fail).listen(0, host, ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}
