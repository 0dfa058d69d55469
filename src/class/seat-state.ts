// Reads the three-party parts of the class room's state (what this client's view holds of them)
// into plain data: each table's seats and waiting package (envoy and teacher), this delegation's own
// view (a delegation's team), this client's seat, and the delegation seats open to students.

import type { Room } from 'colyseus.js';
import type { SideId } from '../sim/level';
import type { Proposal } from '../sim/state';
import type { PartyNote, Role } from '../server/table-party';
import type { DelegationView } from '../sim/seats/view';
import type { SeatScore } from '../sim/seats/score';

/** The seats of a table, envoy first. */
export const ROLE_ORDER: readonly Role[] = ['envoy', 'th', 'kh'];

/** A table's seats and waiting package, as the envoy and the teacher see them. */
export interface PartyView {
  id: string;
  modes: Record<Role, 'human' | 'ai'>;
  open: SideId[];
  pending: Proposal | null;
  waiting: SideId[];
  deadline: number;
  timer: number;
  notes: PartyNote[];
}

/** What a delegation's team sees of its table. */
export interface DelegationSeatView {
  table: string;
  side: SideId;
  view: DelegationView | null;
  pending: Proposal | null;
  deadline: number;
  notes: PartyNote[];
  /** The delegation's score once the game or session ended. */
  score: SeatScore | null;
}

interface RawParty { id: string; envoy: string; th: string; kh: string; open: string; pending: string; waiting: string; deadline: number; timer: number; notes: string }
interface RawDelegation { id: string; table: string; side: string; view: string; pending: string; deadline: number; notes: string; score: string }
interface RawState {
  parties?: { forEach(cb: (p: RawParty) => void): void };
  delegations?: { forEach(cb: (d: RawDelegation) => void): void };
  seats?: { get(id: string): { table: string; role: string } | undefined };
  openSeats?: string;
}

function json<T>(text: string, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const sides = (s: string) => s.split(',').filter((x): x is SideId => x === 'th' || x === 'kh');
const mode = (s: string) => (s === 'ai' ? 'ai' : 'human');

/** Every table's party in this client's view. */
export function readParties(room: Room): Map<string, PartyView> {
  const out = new Map<string, PartyView>();
  (room.state as RawState).parties?.forEach((p) => out.set(p.id, {
    id: p.id, modes: { envoy: mode(p.envoy), th: mode(p.th), kh: mode(p.kh) }, open: sides(p.open),
    pending: json<Proposal | null>(p.pending, null), waiting: sides(p.waiting), deadline: p.deadline, timer: p.timer,
    notes: json<PartyNote[]>(p.notes, []),
  }));
  return out;
}

/** This client's delegation view, if it sits in a delegation seat. */
export function readDelegation(room: Room): DelegationSeatView | null {
  let out: DelegationSeatView | null = null;
  (room.state as RawState).delegations?.forEach((d) => {
    out = {
      table: d.table, side: d.side === 'kh' ? 'kh' : 'th', view: json<DelegationView | null>(d.view, null),
      pending: json<Proposal | null>(d.pending, null), deadline: d.deadline, notes: json<PartyNote[]>(d.notes, []),
      score: json<SeatScore | null>(d.score, null),
    };
  });
  return out;
}

/** This client's seat: its table and role ('' when not seated). */
export function readRole(room: Room, seat: string): { table: string; role: Role | '' } {
  const s = (room.state as RawState).seats?.get(seat);
  const role = s?.role === 'envoy' || s?.role === 'th' || s?.role === 'kh' ? s.role : '';
  return { table: s?.table ?? '', role };
}

/** Delegation seats open to students, by table. */
export function readOpenSeats(room: Room): { table: string; side: SideId }[] {
  const s = (room.state as RawState).openSeats ?? '';
  return s.split(',').filter(Boolean).map((x) => {
    const [table = '', side = ''] = x.split(':');
    return { table, side: side === 'kh' ? 'kh' : 'th' };
  });
}

/** Seconds left until `deadline` (ms), or null when no timer runs. */
export function secondsLeft(deadline: number, now = Date.now()): number | null {
  return deadline > 0 ? Math.max(0, Math.ceil((deadline - now) / 1000)) : null;
}
