// The room's synchronised state. Tables and seats are in view-filtered maps: a client receives
// only the entries added to its own StateView (a student: its table and that table's seats; the
// teacher: all of them), so another table's game never leaves the server for that student.

import { schema, type SchemaType } from '@colyseus/schema';
import { DelegationState, PartyState } from './party-schema';

/** A person in the class: their display name, their table ('' when not seated) and presence. */
export const SeatState = schema({
  id: 'string',
  name: 'string',
  table: 'string',
  /** The seat they play at that table: 'envoy', 'th' or 'kh' ('' when not seated). */
  role: 'string',
  connected: 'boolean',
}, 'Seat');
/** A seat's synchronised state. */
export type SeatState = SchemaType<typeof SeatState>;

/** One table: its game state and its log (decisions and injects), each as JSON text. */
export const TableState = schema({
  id: 'string',
  name: 'string',
  /** The sim's GameState as JSON. */
  game: 'string',
  /** The table's log (`TableEntry[]`) as JSON: with the session's seed it replays to `game`. */
  log: 'string',
}, 'Table');
/** A table's synchronised state. */
export type TableState = SchemaType<typeof TableState>;

/** The whole class session as clients see it (through their view). */
export const ClassState = schema({
  phase: 'string',
  levelId: 'string',
  difficulty: 'string',
  seed: 'number',
  /** Table ids in order, for the student's table picker (ids only: no table's data). */
  tableIds: ['string'],
  tables: { map: TableState, view: true },
  seats: { map: SeatState, view: true },
  /** Three-party tables (party-schema.ts): each table's seats, and each delegation's own view. */
  parties: { map: PartyState, view: true },
  /** Delegation seats students may pick, comma-separated `<table>:<side>` (seat names only). */
  openSeats: 'string',
  delegations: { map: DelegationState, view: true },
}, 'ClassState');
/** The room's state. */
export type ClassState = SchemaType<typeof ClassState>;
