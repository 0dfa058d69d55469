// What the class room lends to the code that acts on its messages (class-dispatch.ts,
// teacher-controls.ts, seat-moves.ts): its state, its tables and seats, and the few things only
// the room does (write the session, send an error). A plain interface, so those files never
// import the room and the room stays the only Colyseus `Room` subclass.

import type { ClassState } from './state-schema';
import type { ClassTable } from './class-table';
import type { ClassChecks } from './class-checks';
import type { PartyDesk } from './party-desk';
import type { SeatKeys } from './seat-key';
import type { ErrorCode, ErrorMessage } from './messages';
import type { ClassClient } from './room-client';

/** The class room as its message handlers see it. */
export interface RoomHost {
  readonly state: ClassState;
  /** Every table's game and log, by table id. */
  readonly tables: ReadonlyMap<string, ClassTable>;
  /** The connected (or held) client of each seat, by seat id. */
  readonly clientsBySeat: ReadonlyMap<string, ClassClient>;
  /** The teachers' clients. */
  readonly teachers: ReadonlySet<ClassClient>;
  /** Each seat's key (never in the synchronised state). */
  readonly seatKeys: SeatKeys;
  /** Three-party tables: seats, delegation views, answers. */
  readonly party: PartyDesk;
  /** The class code. */
  readonly code: string;
  /** The students' concept checks (sent to teachers only). */
  checks: ClassChecks;
  /** Copies a table's game and log into the synchronised state. */
  sync(table: ClassTable): void;
  /** A table's game or log changed: sync it and write the session. */
  changed(table: ClassTable): void;
  /** Writes the session file (queued). */
  persist(): void;
  /** Sends an error to one client. */
  fail(client: ClassClient, code: ErrorCode, reason?: ErrorMessage['reason']): void;
}
