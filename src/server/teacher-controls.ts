// The teacher's controls over the whole class: the session's phase (start, pause, resume, end),
// injects into one table or all, and moving a student to another table or seat. The dispatcher
// (class-dispatch.ts) has already checked that the sender is a teacher and that the payload fits.

import type { Inject } from '../sim/inject';
import type { Phase } from './session-file';
import type { RoomHost } from './room-host';
import type { ClassClient } from './room-client';
import { seatAt } from './seat-moves';

/** An inject as the teacher sends it: an incident with its victim, or a news item, for a table or 'all'. */
export type InjectMessage = { table: string } & ({ incident: string; victim: 'th' | 'kh' } | { news: string });

/** A teacher's move of a student's seat to a table (and a seat there, the envoy's by default). */
export interface MoveMessage { seat: string; table: string; role?: string }

/** Moves the session from one of the phases `from` to `to`; refused from any other phase. */
export function changePhase(host: RoomHost, client: ClassClient, from: Phase[], to: Phase): void {
  if (!from.includes(host.state.phase as Phase)) return host.fail(client, 'notRunning');
  host.state.phase = to;
  host.party.phaseChanged();
  host.persist();
}

/**
 * Applies an inject through the sim at one table or at every table. At one table a refusal goes
 * back to the teacher; at all of them the tables that refuse are skipped. The teacher is told
 * which tables took it.
 */
export function inject(host: RoomHost, client: ClassClient, p: InjectMessage): void {
  const targets = p.table === 'all' ? [...host.tables.values()] : [host.tables.get(p.table)].filter((t) => t !== undefined);
  if (!targets.length) return host.fail(client, 'noSuchTable');
  const entry: Inject = 'news' in p ? { type: 'inject', news: p.news } : { type: 'inject', incident: p.incident, victim: p.victim };
  const applied: string[] = [];
  for (const t of targets) {
    const r = t.apply(entry);
    if (r.ok) {
      applied.push(t.id);
      host.sync(t);
    } else if (targets.length === 1) {
      return host.fail(client, 'refused', r.reason);
    }
  }
  client.send('injected', { tables: applied });
  host.persist();
}

/** Moves a student's seat to another table (or seat), whoever held it before. */
export function moveSeat(host: RoomHost, client: ClassClient, p: MoveMessage): void {
  const moved = host.state.seats.get(p.seat);
  if (!moved) return host.fail(client, 'noSuchSeat');
  if (!host.tables.has(p.table)) return host.fail(client, 'noSuchTable');
  seatAt(host, moved, p.table, p.role ?? 'envoy');
  host.persist();
}
