// The class room's three-party tables: who sits in which seat, what each seat may see, the
// delegations' answers to a tabled package and the teacher's seat and timer controls. The room
// hands it every seat change, `act`, `answer`, `seat` and `timer`; it keeps one `TableParty` per
// table and writes their synchronised states (`PartyState` for the envoy and the teacher,
// `DelegationState` for each delegation's team).

import type { Client } from '@colyseus/core';
import type { StateView } from '@colyseus/schema';
import { SIDES } from '../sim/level';
import type { HumanAnswer, MediatorAction } from '../sim/state';
import { refuse } from '../sim/refuse';
import type { ClassTable } from './class-table';
import type { ClassState, SeatState } from './state-schema';
import { DelegationState, PartyState } from './party-schema';
import { TableParty, type PartyData, type Role } from './table-party';
import { delegationView } from '../sim/seats/view';
import { seatScore } from '../sim/seats/score';
import { envoyNext } from '../sim/seats/envoy-policy';
import type { ErrorCode, ErrorMessage } from './messages';

/** What the desk needs of its room. */
export interface PartyHost {
  readonly state: ClassState;
  tables: ReadonlyMap<string, ClassTable>;
  /** The client of a seat, if connected. */
  clientOf(seat: string): Client | undefined;
  /** The teachers' clients. */
  teachers(): Iterable<Client>;
  /** A table's game or log changed: sync it and write the session. */
  changed(table: ClassTable): void;
  /** Write the session. */
  persist(): void;
  fail(client: Client, code: ErrorCode, reason?: ErrorMessage['reason']): void;
}

/** The three-party side of the class room. */
export class PartyDesk {
  readonly parties = new Map<string, TableParty>();

  constructor(private readonly host: PartyHost, saved: Readonly<Record<string, PartyData | undefined>>) {
    for (const id of host.tables.keys()) {
      this.parties.set(id, new TableParty(saved[id]));
      host.state.parties.set(id, new PartyState({ id }));
      for (const side of SIDES) host.state.delegations.set(`${id}:${side}`, new DelegationState({ id: `${id}:${side}`, table: id, side }));
    }
    for (const id of host.tables.keys()) this.sync(id);
  }

  /** The seats of `table` a seat of `role` there may see (besides its own seat entry). */
  private grants(table: string, role: Role): object[] {
    const out: object[] = [];
    if (role === 'envoy') {
      out.push(this.host.state.tables.get(table)!, this.host.state.parties.get(table)!);
    } else {
      out.push(this.host.state.delegations.get(`${table}:${role}`)!);
    }
    return out;
  }

  /** Adds to a view what a seat of `role` at `table` may see. */
  grant(view: StateView | undefined, table: string, role: string): void {
    if (!view) return;
    for (const o of this.grants(table, asRole(role))) view.add(o as never);
  }

  /** Removes from a view what a seat of `role` at `table` could see. */
  revoke(view: StateView | undefined, table: string, role: string): void {
    if (!view) return;
    for (const o of this.grants(table, asRole(role))) view.remove(o as never);
  }

  /** Adds every table's party to a teacher's view. */
  grantTeacher(view: StateView | undefined): void {
    for (const p of this.host.state.parties.values()) view?.add(p);
  }

  /** A seat was seated at `table` as `role`: that seat is now played by people. */
  seated(table: string, role: string): void {
    const party = this.parties.get(table);
    if (!party) return;
    const r = asRole(role);
    if (party.modes[r] !== 'human') {
      party.modes[r] = 'human';
      this.sync(table);
    }
  }

  /** Whether a student may pick seat `role` at `table` (the envoy seat, or one the teacher opened). */
  mayPick(table: string, role: string): boolean {
    const r = asRole(role);
    return r === 'envoy' || this.parties.get(table)?.open.has(r) === true;
  }

  /**
   * The envoy's decision. A package that human delegations must answer waits for them; anything
   * else is applied by the room (returns false). Refused while a package waits.
   */
  act(client: Client, table: ClassTable, action: MediatorAction): boolean {
    const party = this.parties.get(table.id)!;
    if (party.pending) {
      this.host.fail(client, 'waiting');
      return true;
    }
    if (action.type !== 'propose') return false;
    const refusal = refuse(table.level, table.state, action);
    if (refusal) return false; // the room's apply refuses it with the sim's reason
    if (!party.table(action.proposal, Date.now())) return false;
    this.sync(table.id);
    this.host.persist();
    return true;
  }

  /** A delegation's team answers the package on its table. */
  answer(client: Client, seat: SeatState | undefined, payload: { answer: HumanAnswer; reason: string }): void {
    const side = seat?.role;
    if (!seat?.table || (side !== 'th' && side !== 'kh')) return this.host.fail(client, 'notDelegation');
    const party = this.parties.get(seat.table)!;
    if (!party.waiting().includes(side)) return this.host.fail(client, 'notWaiting');
    if (party.answer(side, payload.answer, payload.reason)) this.settle(seat.table);
    else {
      this.sync(seat.table);
      this.host.persist();
    }
  }

  /** Teacher: seat `role` of `table` (or every table) to the AI, opened, or closed to students. */
  setSeat(client: Client, p: { table: string; role: Role; set: 'ai' | 'open' | 'close' }): void {
    const ids = p.table === 'all' ? [...this.parties.keys()] : this.parties.has(p.table) ? [p.table] : [];
    if (!ids.length) return this.host.fail(client, 'noSuchTable');
    for (const id of ids) {
      const party = this.parties.get(id)!;
      if (p.set === 'ai') {
        party.modes[p.role] = 'ai';
        this.unseatRole(id, p.role);
        if (p.role !== 'envoy') party.open.delete(p.role);
        if (party.pending && party.waiting().length === 0) {
          this.settle(id);
          continue;
        }
      } else if (p.role !== 'envoy') {
        if (p.set === 'open') party.open.add(p.role);
        else party.open.delete(p.role);
      }
      this.sync(id);
    }
    this.host.persist();
  }

  /** Teacher: the answer timer of `table` (or every table). A package already waiting keeps its deadline. */
  setTimer(client: Client, p: { table: string; seconds: number }): void {
    const ids = p.table === 'all' ? [...this.parties.keys()] : this.parties.has(p.table) ? [p.table] : [];
    if (!ids.length) return this.host.fail(client, 'noSuchTable');
    for (const id of ids) {
      this.parties.get(id)!.timer = p.seconds;
      this.sync(id);
    }
    this.host.persist();
  }

  /** Runs out the timers that are due: the model answers for every team that has not. */
  tick(now: number): void {
    for (const [id, party] of this.parties) if (party.expired(now)) this.settle(id);
  }

  /** Applies the waiting package with the answers given (the model answers for the rest). */
  private settle(id: string): void {
    const table = this.host.tables.get(id)!;
    const party = this.parties.get(id)!;
    table.apply(party.resolve(table.state.round));
    this.host.changed(table);
  }

  /** Unseats the people in seat `role` of table `id` (the AI plays it now); they may pick again. */
  private unseatRole(id: string, role: Role): void {
    for (const s of this.host.state.seats.values()) {
      if (s.table !== id || s.role !== role) continue;
      const c = this.host.clientOf(s.id);
      this.revoke(c?.view, id, role);
      s.table = '';
      s.role = '';
    }
  }

  /** Writes table `id`'s party and delegation states. */
  sync(id: string): void {
    const party = this.parties.get(id);
    const table = this.host.tables.get(id);
    if (!party || !table) return;
    const p = this.host.state.parties.get(id)!;
    p.envoy = party.modes.envoy;
    p.th = party.modes.th;
    p.kh = party.modes.kh;
    const open = [...party.open].join(',');
    if (p.open !== open) {
      p.open = open;
      this.host.state.openSeats = [...this.parties].flatMap(([t, x]) => [...x.open].map((side) => `${t}:${side}`)).join(',');
    }
    p.pending = party.pending ? JSON.stringify(party.pending) : '';
    p.waiting = party.waiting().join(',');
    p.deadline = party.deadline;
    p.timer = party.timer;
    p.notes = JSON.stringify(party.notes);
    for (const side of SIDES) {
      const d = this.host.state.delegations.get(`${id}:${side}`)!;
      const human = party.modes[side] === 'human';
      // the view is rebuilt only when the game changed (the sim's states are immutable objects)
      if (!human) d.view = '';
      else if (this.viewed.get(d.id) !== table.state || !d.view) {
        d.view = JSON.stringify(delegationView(table.level, table.state, side));
        this.viewed.set(d.id, table.state);
      }
      d.score = human && (table.state.outcome || this.host.state.phase === 'ended') ? this.scoreOf(table, side) : '';
      d.pending = party.waiting().includes(side) ? JSON.stringify(party.pending) : '';
      d.deadline = party.deadline;
      d.notes = human ? JSON.stringify(party.notes.filter((n) => n.side === side)) : '';
    }
  }

  /** The game each delegation's view was last built from. */
  private readonly viewed = new Map<string, object>();

  /** Each finished table's no-mediator baseline of lives lost (one replay per table). */
  private readonly baselines = new Map<string, number>();

  /** A delegation's score of its table's game, as JSON. */
  private scoreOf(table: ClassTable, side: 'th' | 'kh'): string {
    let base = this.baselines.get(table.id);
    if (base === undefined) {
      base = seatScore(table.level, table.state, side).lives.baseline;
      this.baselines.set(table.id, base);
    }
    return JSON.stringify(seatScore(table.level, table.state, side, base));
  }

  /** The session's phase changed (an ended session gives each delegation its score). */
  phaseChanged(): void {
    for (const id of this.parties.keys()) this.sync(id);
  }

  /**
   * Plays one decision of the AI envoy at each table whose envoy seat is the computer's, unless a
   * package waits for answers. A package it tables waits for the human delegations like any other.
   */
  playEnvoys(): void {
    if (this.host.state.phase !== 'running') return;
    for (const [id, party] of this.parties) {
      if (party.modes.envoy !== 'ai' || party.pending) continue;
      const table = this.host.tables.get(id)!;
      const action = envoyNext(table.level, table.state);
      if (!action) continue;
      if (action.type === 'propose' && party.table(action.proposal, Date.now())) {
        this.sync(id);
        this.host.persist();
        continue;
      }
      if (table.apply(action).ok) this.host.changed(table);
    }
  }

  /** Every table's party, for the session file. */
  data(): Record<string, PartyData> {
    const out: Record<string, PartyData> = {};
    for (const [id, p] of this.parties) out[id] = p.data();
    return out;
  }
}

function asRole(role: string): Role {
  return role === 'th' || role === 'kh' ? role : 'envoy';
}
