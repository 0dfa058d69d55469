// Clients for class-server tests: the real colyseus.js client for ordinary play, and a raw client
// that speaks the wire protocol itself, so a test can send bytes no honest client would and read
// every frame the server sends (to check that another table's data never arrives).
import WebSocket from 'ws';
import { Client, type Room } from 'colyseus.js';
import { Protocol } from '@colyseus/core';
import { decode, encode } from '@colyseus/schema';
import { pack, unpack } from '@colyseus/msgpackr';

/** A colyseus.js client of the server on `port`. */
export function sdk(port: number): Client {
  return new Client(`ws://127.0.0.1:${port}`);
}

/** Resolves when `check()` is true, polling; rejects after `ms` with `what`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Records every message of a type a room receives. */
export function collect<T = unknown>(room: Room, type: string): T[] {
  const out: T[] = [];
  room.onMessage(type, (m: T) => out.push(m));
  return out;
}

/** A client that joins by the wire protocol and keeps every frame it receives. */
export class RawClient {
  readonly frames: Buffer[] = [];
  readonly messages: { type: string | number; payload: unknown }[] = [];
  closed = false;

  private constructor(private readonly ws: WebSocket) {}

  /** Joins room `code` on `port` with `options`; rejects with the server's error when refused. */
  static async join(port: number, code: string, options: Record<string, unknown>): Promise<RawClient> {
    const res = await fetch(`http://127.0.0.1:${port}/matchmake/joinById/${code}`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(options),
    });
    const body = (await res.json()) as { error?: string; sessionId: string; room: { processId: string; roomId: string } };
    if (body.error) throw new Error(body.error);
    const ws = new WebSocket(`ws://127.0.0.1:${port}/${body.room.processId}/${body.room.roomId}?sessionId=${body.sessionId}`);
    const c = new RawClient(ws);
    ws.on('close', () => (c.closed = true));
    await new Promise<void>((resolve, reject) => {
      ws.on('error', reject);
      ws.on('close', () => reject(new Error('closed before joining')));
      ws.on('message', (data: Buffer) => {
        c.frames.push(data);
        if (data[0] === Protocol.JOIN_ROOM) {
          ws.send(Buffer.from([Protocol.JOIN_ROOM]));
          resolve();
        } else if (data[0] === Protocol.ERROR) {
          const it = { offset: 1 };
          decode.number(data, it);
          reject(new Error(decode.string(data, it)));
        } else if (data[0] === Protocol.ROOM_DATA) {
          const it = { offset: 1 };
          const type = decode.stringCheck(data, it) ? decode.string(data, it) : decode.number(data, it);
          c.messages.push({ type, payload: data.byteLength > it.offset ? unpack(data.subarray(it.offset)) : undefined });
        }
      });
    });
    return c;
  }

  /** Sends a message as colyseus.js would. */
  send(type: string, payload?: unknown): void {
    const head = Buffer.alloc(4 + Buffer.byteLength(type) + 1);
    head[0] = Protocol.ROOM_DATA;
    const it = { offset: 1 };
    encode.string(head, type, it);
    this.ws.send(payload === undefined ? head.subarray(0, it.offset) : Buffer.concat([head.subarray(0, it.offset), pack(payload)]));
  }

  /** Sends raw bytes. */
  sendBytes(bytes: Buffer): void {
    this.ws.send(bytes);
  }

  /** Errors the server sent, by code. */
  errors(): string[] {
    return this.messages.filter((m) => m.type === 'error').map((m) => (m.payload as { code: string }).code);
  }

  /** Everything received, as text (schema strings are UTF-8 in the frames). */
  text(): string {
    return Buffer.concat(this.frames).toString('utf8');
  }

  close(): void {
    this.ws.close();
  }
}

/** Asks a colyseus.js room who it is and resolves with the seat key its `welcome` carries. */
export async function seatKeyOf(room: Room): Promise<string> {
  const welcome = collect<{ seatKey?: string }>(room, 'welcome');
  room.send('hello');
  await until(() => welcome.length > 0, 'the welcome');
  return welcome[0]!.seatKey ?? '';
}
