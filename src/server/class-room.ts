// The Colyseus room of one class session: the single authority over every table. Clients send
// intents; the room checks each message (size, rate, schema, role, seat) and each decision with
// the sim's own rules, applies it and lets the new state reach the seats allowed to see it. It
// never throws on a client's input: anything wrong gets an `error` message and is dropped.
// This file holds the room's life: its creation from a session, joins, seats kept across drops and
// the session's data; reading a message is room-message.ts, acting on it class-dispatch.ts (with
// teacher-controls.ts and seat-moves.ts), which see the room only through room-host.ts.

import { ClientState, generateId, Room, SchemaSerializer, ServerError, type Serializer } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import { ClassState, SeatState, TableState } from './state-schema';
import { ClassTable } from './class-table';
import { RateLimit } from './rate-limit';
import { studentJoinSchema, teacherJoinSchema, type ErrorCode, type ErrorMessage } from './messages';
import type { Phase, SessionData } from './session-file';
import { PartyDesk } from './party-desk';
import { SeatKeys, sameSecret } from './seat-key';
import { takeSetup, type RoomSetup } from './room-setup';
import type { Auth, ClassClient } from './room-client';
import type { RoomHost } from './room-host';
import { isRoomData, readRoomData } from './room-message';
import { dispatch } from './class-dispatch';
import { seatAt } from './seat-moves';
import { ViewPatchSerializer } from './view-patches';

/** How long a dropped student or teacher keeps their seat for a reconnection, in seconds. */
export const RECONNECT_SECONDS = 4 * 60 * 60;

/** The class session's room. */
export class ClassRoom extends Room<ClassState> {
  override maxClients = 2000;
  override autoDispose = false;
  override patchRate = 20;
  override state = new ClassState();
  /** How often (ms) the computer's envoy takes one decision at a table whose envoy seat it plays. */
  static envoyPaceMs = 1500;

  private setup!: RoomSetup;
  private readonly tables = new Map<string, ClassTable>();
  private readonly clientsBySeat = new Map<string, ClassClient>();
  private readonly teachers = new Set<ClassClient>();
  /** Each seat's key (seat-key.ts), by seat id: never in the synchronised state. */
  private readonly seatKeys = new SeatKeys();
  /** Seats held for a dropped client's reconnection, with the pending reconnection. */
  private readonly held = new Map<string, ReturnType<Room['allowReconnection']>>();
  /** Three-party tables: seats, delegation views, answers (party-desk.ts). */
  private party!: PartyDesk;
  /** What the message handlers may use of the room (room-host.ts); it also keeps the concept checks. */
  private host!: RoomHost;

  /** Colyseus' schema serializer is swapped for one that sends no empty patches (view-patches.ts). */
  override setSerializer(serializer: Serializer<ClassState>): void {
    super.setSerializer(serializer instanceof SchemaSerializer && !(serializer instanceof ViewPatchSerializer) ? new ViewPatchSerializer<ClassState>() : serializer);
  }

  override onCreate(options: { token?: unknown }): void {
    const setup = takeSetup(options?.token);
    if (!setup) throw new ServerError(403, 'A class session is opened by the teacher with "npm run class".');
    this.setup = setup;
    const { data, level } = setup;
    this.roomId = data.code;
    this.state.phase = data.phase;
    this.state.levelId = data.levelId;
    this.state.difficulty = data.difficulty;
    this.state.seed = data.seed;
    for (const t of data.tables) {
      const table = new ClassTable(level, t.id, t.name, data.seed, data.difficulty, t.entries);
      this.tables.set(t.id, table);
      this.state.tableIds.push(t.id);
      this.state.tables.set(t.id, new TableState({ id: t.id, name: t.name, game: '', log: '' }));
    }
    this.party = new PartyDesk({
      state: this.state, tables: this.tables, clientOf: (id) => this.clientsBySeat.get(id), teachers: () => this.teachers,
      changed: (t) => this.changed(t), persist: () => this.persist(), fail: (c, code, reason) => this.fail(c as ClassClient, code, reason),
    }, Object.fromEntries(data.tables.map((t) => [t.id, t.party])));
    for (const table of this.tables.values()) this.sync(table);
    for (const s of data.seats) {
      this.state.seats.set(s.id, new SeatState({ id: s.id, name: s.name, table: s.table, role: s.table ? s.role || 'envoy' : '', connected: false }));
      this.seatKeys.keep(s.id, s.key);
    }
    this.clock.setInterval(() => this.party.tick(Date.now()), 250);
    this.clock.setInterval(() => this.party.playEnvoys(), ClassRoom.envoyPaceMs);
    this.host = {
      state: this.state, tables: this.tables, clientsBySeat: this.clientsBySeat, teachers: this.teachers, seatKeys: this.seatKeys,
      party: this.party, code: this.roomId, checks: data.checks ?? {},
      sync: (t) => this.sync(t), changed: (t) => this.changed(t), persist: () => this.persist(), fail: (c, code, reason) => this.fail(c, code, reason),
    };
    this.onMessage('*', () => undefined); // every message goes through _onMessage below
  }

  override onAuth(_client: ClassClient, options: unknown): Auth {
    const teacher = teacherJoinSchema.safeParse(options);
    if (teacher.success) {
      if (sameSecret(teacher.data.teacherKey, this.setup.data.teacherKey)) return { role: 'teacher' };
      throw new ServerError(403, 'That teacher key does not open this class.');
    }
    const student = studentJoinSchema.safeParse(options);
    if (!student.success) {
      if (student.error.issues.some((i) => i.path[0] === 'seatKey')) throw new ServerError(400, 'That is not a seat key this class gives.');
      throw new ServerError(400, 'Type a name of 1 to 40 characters.');
    }
    if (this.state.phase === 'ended') throw new ServerError(410, 'This class session has ended.');
    return { role: 'student', name: student.data.name, table: student.data.table, seatKey: student.data.seatKey };
  }

  override onJoin(client: ClassClient, _options: unknown, auth: Auth): void {
    client.view = new StateView();
    if (auth.role === 'teacher') {
      client.userData = { role: 'teacher', seat: null, limit: new RateLimit(40, 20) };
      this.teachers.add(client);
      for (const t of this.state.tables.values()) client.view.add(t);
      for (const s of this.state.seats.values()) client.view.add(s);
      this.party.grantTeacher(client.view);
      return;
    }
    // A name is no proof of who someone is: a left seat is returned only by its reconnection token
    // (Colyseus' reconnect, in `onLeave`), by its seat key (when the tokens died with an earlier
    // room) or by the teacher moving a student. Anything else makes a new seat.
    const keyed = this.seatKeys.find(auth.seatKey);
    const kept = keyed ? this.state.seats.get(keyed) : undefined;
    // Its own client is still there (another tab, or a reload the room has not noticed yet): tried again later.
    if (kept?.connected) throw new ServerError(409, 'This seat is open in another tab or window.');
    if (kept) return this.returnSeat(client, kept);
    const seat = new SeatState({ id: generateId(10), name: auth.name, table: '', role: '', connected: true });
    this.state.seats.set(seat.id, seat);
    this.seatKeys.issue(seat.id);
    for (const t of this.teachers) t.view?.add(seat);
    client.userData = { role: 'student', seat: seat.id, limit: new RateLimit() };
    this.clientsBySeat.set(seat.id, client);
    client.view.add(seat);
    if (auth.table && this.tables.has(auth.table)) seatAt(this.host, seat, auth.table);
    this.persist();
  }

  override async onLeave(client: ClassClient, consented: boolean): Promise<void> {
    const seat = client.userData?.seat ? this.state.seats.get(client.userData.seat) : undefined;
    const mine = () => seat !== undefined && this.clientsBySeat.get(seat.id) === client;
    if (client.userData?.role === 'teacher') this.teachers.delete(client);
    if (seat && mine()) seat.connected = false;
    // While a dropped client may come back, its view stays registered under its seat (Colyseus
    // gives the reconnected client the same view), so a move meanwhile still reaches it.
    try {
      if (consented) throw new Error('left');
      const reconnection = this.allowReconnection(client, RECONNECT_SECONDS);
      if (seat && mine()) this.held.set(seat.id, reconnection);
      const back = (await reconnection) as ClassClient;
      if (seat && this.held.get(seat.id) === reconnection) this.held.delete(seat.id);
      if (back.userData?.role === 'teacher') this.teachers.add(back);
      if (seat && mine()) {
        seat.connected = true;
        this.clientsBySeat.set(seat.id, back);
      }
    } catch {
      if (seat && mine()) this.held.delete(seat.id);
      // The seat stays, disconnected, for the teacher to see; its student joins again as a new seat.
      if (seat && mine()) this.clientsBySeat.delete(seat.id);
    }
  }

  /** Gives `client` the seat it holds the key of: its table, its role and what they may see. */
  private returnSeat(client: ClassClient, seat: SeatState): void {
    // A reconnection still pending for this seat is given up: the seat has one client at a time.
    const pending = this.held.get(seat.id);
    this.held.delete(seat.id);
    client.userData = { role: 'student', seat: seat.id, limit: new RateLimit() };
    this.clientsBySeat.set(seat.id, client);
    pending?.reject(new Error('returned by its seat key'));
    seat.connected = true;
    client.view!.add(seat);
    if (seat.table) {
      this.party.grant(client.view, seat.table, seat.role);
      for (const other of this.state.seats.values()) if (other !== seat && other.table === seat.table) client.view!.add(other);
    }
  }

  /**
   * Logs an unexpected error of the room's own code. (Not Colyseus' `onUncaughtException`: defining
   * that makes Colyseus swallow the refusals `onAuth` throws, and a refused join would hang.)
   */
  private report(error: Error): void {
    console.error(`class room ${this.roomId}:`, error.message);
  }

  /** Reads every client message here: rate, size, decoding and schema are checked before any handler. */
  protected override _onMessage(client: ClassClient & Parameters<Room['_onMessage']>[0], buffer: Buffer): void {
    if (!isRoomData(buffer)) {
      super._onMessage(client, buffer);
      return;
    }
    const ud = client.userData;
    if (client.state !== ClientState.JOINED || !ud) return;
    if (!ud.limit.take()) {
      if (ud.limit.shouldWarn()) this.fail(client, 'tooFast');
      return;
    }
    const m = readRoomData(buffer);
    if (!m.ok) {
      if (m.error) this.report(m.error);
      return this.fail(client, m.code);
    }
    try {
      dispatch(this.host, client, ud, m.type, m.payload);
    } catch (e) {
      this.report(e as Error);
      this.fail(client, 'malformed');
    }
  }

  /** Sends an error to one client. */
  private fail(client: ClassClient, code: ErrorCode, reason?: ErrorMessage['reason']): void {
    const m: ErrorMessage = reason ? { code, reason } : { code };
    client.send('error', m);
  }

  /** Copies a table's game and log into the synchronised state. */
  private sync(table: ClassTable): void {
    const t = this.state.tables.get(table.id)!;
    t.game = JSON.stringify(table.state);
    t.log = JSON.stringify(table.entries);
    this.party?.sync(table.id);
  }

  private changed(table: ClassTable): void {
    this.sync(table);
    this.persist();
  }

  /** The session as it stands, for its file. */
  snapshot(): SessionData {
    const d = this.setup.data;
    const parties = this.party.data();
    return {
      ...d,
      updatedAt: Date.now(),
      phase: this.state.phase as Phase,
      tables: [...this.tables.values()].map((t) => ({ id: t.id, name: t.name, entries: t.entries.slice(), party: parties[t.id] })),
      seats: [...this.state.seats.values()].map((s) => ({ id: s.id, name: s.name, table: s.table, role: s.role as '' | 'envoy' | 'th' | 'kh', key: this.seatKeys.of(s.id) || undefined })),
      checks: this.host.checks,
    };
  }

  /** Writes the session file (queued; the newest data wins). */
  private persist(): void {
    this.setup.writer?.save(this.snapshot());
  }

  /** Resolves when the session file holds the newest data. */
  async flush(): Promise<void> {
    await this.setup.writer?.flush();
  }
}
