// The synchronised state of three-party tables. Each table has a `PartyState` (who holds each
// seat, the package waiting for the delegations' answers, the answers' written reasons) that only
// the table's envoy and the teacher receive, and one `DelegationState` per side that only that
// delegation's team receives: its own government's view, never the other side's numbers.

import { schema, type SchemaType } from '@colyseus/schema';

/** One table's seats and the package the delegations are answering. */
export const PartyState = schema({
  /** The table's id. */
  id: 'string',
  /** Who plays each seat: 'human' or 'ai'. */
  envoy: 'string',
  th: 'string',
  kh: 'string',
  /** Delegation seats the teacher opened for students to pick, comma-separated ('th', 'kh'). */
  open: 'string',
  /** The package waiting for human answers, as JSON (a Proposal), or ''. */
  pending: 'string',
  /** The sides still to answer it, comma-separated. */
  waiting: 'string',
  /** When the answer timer runs out (ms since 1970), or 0 when no timer runs. */
  deadline: 'number',
  /** The answer timer in seconds (0: off). */
  timer: 'number',
  /** The delegations' answers with their written reasons, as JSON (`PartyNote[]`). */
  notes: 'string',
}, 'Party');
/** A table's party state. */
export type PartyState = SchemaType<typeof PartyState>;

/** What one delegation's team may see of its table. */
export const DelegationState = schema({
  /** `<table>:<side>`. */
  id: 'string',
  table: 'string',
  side: 'string',
  /** The delegation's view of the game as JSON (what its government knows). */
  view: 'string',
  /** The package waiting for this delegation's answer, as JSON, or ''. */
  pending: 'string',
  /** When the answer timer runs out (ms since 1970), or 0. */
  deadline: 'number',
  /** This delegation's own answers with their reasons, as JSON (`PartyNote[]`). */
  notes: 'string',
  /** The delegation's own score (`SeatScore` JSON) once the game or the session ended, else ''. */
  score: 'string',
}, 'Delegation');
/** A delegation's synchronised state. */
export type DelegationState = SchemaType<typeof DelegationState>;
