// Seating a person at a table of the class room, as a student's pick or a teacher's move: the
// seat's table and role change, and so does what each client may see through its StateView (the
// mover leaves its old table's view and seats, the people at both tables see the mover come and go).

import type { SeatState } from './state-schema';
import type { RoomHost } from './room-host';

/** Seats `seat` at table `id` in seat `role` (the envoy's or a delegation's), updating who may see what. */
export function seatAt(host: RoomHost, seat: SeatState, id: string, role = 'envoy'): void {
  const from = seat.table;
  if (from === id && seat.role === role) return;
  const mover = host.clientsBySeat.get(seat.id);
  const members = (table: string) => [...host.state.seats.values()].filter((s) => s.table === table && s !== seat);
  if (from) {
    host.party.revoke(mover?.view, from, seat.role);
    for (const other of members(from)) {
      mover?.view?.remove(other);
      host.clientsBySeat.get(other.id)?.view?.remove(seat);
    }
  }
  seat.table = id;
  seat.role = role;
  host.party.grant(mover?.view, id, role);
  host.party.seated(id, role);
  for (const other of members(id)) {
    mover?.view?.add(other);
    host.clientsBySeat.get(other.id)?.view?.add(seat);
  }
}
