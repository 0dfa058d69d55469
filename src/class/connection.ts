// The class pages' link to the class server: joins by code, keeps the reconnection token and the
// seat key in this tab's session storage (a reload or a dropped Wi-Fi returns to the same seat by
// the token; a restarted or moved class, whose tokens are gone, by the key), and reads the room's
// view-filtered state into plain data for the views.

import { Client, type Room } from 'colyseus.js';
import type { GameState } from '../sim/state';
import type { TableEntry } from '../sim/inject';

/** A table as this client may see it. */
export interface TableView {
  id: string;
  name: string;
  game: GameState | null;
  log: TableEntry[];
}

/** A seat as this client may see it. */
export interface SeatView {
  id: string;
  name: string;
  table: string;
  /** The seat played at that table: 'envoy', 'th', 'kh' ('' when not seated). */
  role: string;
  connected: boolean;
}

/** The session as this client sees it. */
export interface ClassView {
  phase: 'lobby' | 'running' | 'paused' | 'ended';
  levelId: string;
  tableIds: string[];
  tables: TableView[];
  seats: SeatView[];
}

/** The server on the page's own origin (ws:// on a LAN page, wss:// behind HTTPS). */
export function classClient(): Client {
  return new Client(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`);
}

const TOKEN_KEY = (code: string) => `asean-mediator:class:${code}`;

/** Keeps the room's reconnection token in this tab only. */
export function keepToken(code: string, room: Room): void {
  try {
    sessionStorage.setItem(TOKEN_KEY(code), room.reconnectionToken);
  } catch {
    // storage blocked: a reload then joins again as a new seat, which picks its table again
  }
}

/** The kept token for `code`, if any. */
export function keptToken(code: string): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY(code));
  } catch {
    return null;
  }
}

/** Forgets the token (after the session ended or the token was refused). */
export function forgetToken(code: string): void {
  try {
    sessionStorage.removeItem(TOKEN_KEY(code));
  } catch {
    // nothing kept
  }
}

const SEAT_KEY = (code: string) => `asean-mediator:class:${code}:seat`;

/** The seat this tab was given in class `code`: its key, and the name it joined with. */
export interface KeptSeat { key: string; name: string }

/** Keeps the seat's key (sent to this client only) in this tab only. */
export function keepSeat(code: string, seat: KeptSeat): void {
  try {
    sessionStorage.setItem(SEAT_KEY(code), JSON.stringify(seat));
  } catch {
    // storage blocked: after a restart of the server the student joins again as a new seat
  }
}

/** The kept seat for `code`, if any. */
export function keptSeat(code: string): KeptSeat | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(SEAT_KEY(code)) ?? 'null') as Partial<KeptSeat> | null;
    return typeof v?.key === 'string' && typeof v.name === 'string' ? { key: v.key, name: v.name } : null;
  } catch {
    return null;
  }
}

/**
 * Comes back to this tab's seat in class `code`: by the reconnection token while the room that
 * issued it lives, else (a restarted server, a class moved to another process) by the seat key.
 * Null when neither is kept or neither works now.
 */
export async function comeBack(code: string): Promise<Room | null> {
  const token = keptToken(code);
  if (token) {
    try {
      return await classClient().reconnect(token);
    } catch {
      // that room is gone, or has not seen the old connection close yet
    }
  }
  const seat = keptSeat(code);
  if (!seat) return null;
  try {
    return await classClient().joinById(code, { name: seat.name, seatKey: seat.key });
  } catch {
    return null;
  }
}

interface RawTable { id: string; name: string; game: string; log: string }
interface RawSeat { id: string; name: string; table: string; role?: string; connected: boolean }
interface RawState {
  phase?: string; levelId?: string; tableIds?: Iterable<string>;
  tables?: { forEach(cb: (t: RawTable) => void): void };
  seats?: { forEach(cb: (s: RawSeat) => void): void };
}

const parsed = new Map<string, unknown>();
/** Parses JSON text once per distinct text (tables that did not change are not parsed again). */
function parseOnce<T>(text: string, fallback: T): T {
  if (!text) return fallback;
  let v = parsed.get(text);
  if (v === undefined) {
    try {
      v = JSON.parse(text) as unknown;
    } catch {
      v = fallback;
    }
    if (parsed.size > 200) parsed.clear();
    parsed.set(text, v);
  }
  return v as T;
}

/** The room's state as plain data. */
export function readView(room: Room): ClassView {
  const s = room.state as RawState;
  const tables: TableView[] = [];
  s.tables?.forEach((t) => tables.push({ id: t.id, name: t.name, game: parseOnce<GameState | null>(t.game, null), log: parseOnce<TableEntry[]>(t.log, []) }));
  const seats: SeatView[] = [];
  s.seats?.forEach((x) => seats.push({ id: x.id, name: x.name, table: x.table, role: x.role ?? '', connected: x.connected }));
  const order = [...(s.tableIds ?? [])];
  tables.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { phase: (s.phase ?? 'lobby') as ClassView['phase'], levelId: s.levelId ?? '', tableIds: order, tables, seats };
}
