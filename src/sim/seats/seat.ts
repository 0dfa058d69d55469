// Who decides for one party of a table. A game has three seats: ASEAN's envoy and the two
// delegations. Each seat is played by a person or by the sim's own policy (the envoy's scripted
// strategy, the delegations' negotiation model).

import type { SideId } from '../level';

/** A seat at the table: the envoy, or one delegation. */
export type Seat = 'envoy' | SideId;

/** Every seat, envoy first. */
export const SEATS: readonly Seat[] = ['envoy', 'th', 'kh'];

/** Whether a value names a seat (for data read from outside: a save, a URL, a server message). */
export function isSeat(x: unknown): x is Seat {
  return x === 'envoy' || x === 'th' || x === 'kh';
}

/** Whether a seat is one of the delegations. */
export function isDelegation(seat: Seat): seat is SideId {
  return seat === 'th' || seat === 'kh';
}
