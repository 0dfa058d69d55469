// Starts a class server: one HTTP server that serves the built game and hosts the session's
// Colyseus room on the same port. Used by `npm run class`, the tests and the bench.

import { createServer } from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { Encoder } from '@colyseus/schema';
import { loadLevel } from '../content/levels';
import type { Difficulty } from '../sim/level';
import { ClassRoom, registerSetup } from './class-room';
import { SessionWriter, type SessionData } from './session-file';
import { staticHandler } from './static-files';

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
}

/** A running class server. */
export interface ClassServer {
  port: number;
  code: string;
  teacherKey: string;
  room: ClassRoom;
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
  const http = createServer(staticHandler(o.distDir ?? null));
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: 64 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
  });
  gameServer.define('class', ClassRoom);
  await gameServer.listen(o.port ?? 8080, o.host ?? '0.0.0.0');
  const port = (http.address() as AddressInfo).port;
  const writer = o.dataDir ? new SessionWriter(o.dataDir) : null;
  await matchMaker.createRoom('class', { token: registerSetup({ data, level: loaded.level, writer }) });
  const room = matchMaker.getLocalRoomById(data.code) as ClassRoom;
  writer?.save(room.snapshot());
  return {
    port, code: data.code, teacherKey: data.teacherKey, room,
    async close() {
      await room.flush();
      await gameServer.gracefullyShutdown(false);
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
