// The class room's message dispatcher: one checked message (room-message.ts has read it and
// matched it to its schema) goes to what handles it. Here the sender's right to send it is
// checked (teacher-only messages, a seat at a table, the envoy's seat, the session running);
// anything refused gets an `error` back to its sender and changes nothing.

import type { ClassTable } from './class-table';
import type { PartyDesk } from './party-desk';
import { TEACHER_ONLY, type MessageType } from './messages';
import { withCheck, type CheckMessage } from './class-checks';
import type { RoomHost } from './room-host';
import type { ClassClient, UserData } from './room-client';
import { seatAt } from './seat-moves';
import { changePhase, inject, moveSeat, type InjectMessage, type MoveMessage } from './teacher-controls';

/** Tells a client its role, its seat and the class code (asked with `hello` once its page listens). */
function welcome(host: RoomHost, client: ClassClient): void {
  const seat = client.userData?.seat ?? '';
  // The seat key goes to its own client only, in this direct message.
  client.send('welcome', { role: client.userData?.role, seat, code: host.code, ...(seat ? { seatKey: host.seatKeys.of(seat) } : {}) });
}

/** Handles one checked message of `client` (whose room data is `ud`). */
export function dispatch(host: RoomHost, client: ClassClient, ud: UserData, type: MessageType, payload: unknown): void {
  if (TEACHER_ONLY.has(type) && ud.role !== 'teacher') return host.fail(client, 'notTeacher');
  const seat = ud.seat ? host.state.seats.get(ud.seat) : undefined;
  switch (type) {
    case 'hello':
      if (ud.role === 'teacher') client.send('checks', host.checks);
      return welcome(host, client);
    case 'check': {
      if (!seat) return host.fail(client, 'noTable');
      host.checks = withCheck(host.checks, seat.id, payload as CheckMessage);
      for (const teacher of host.teachers) teacher.send('checks', host.checks);
      return host.persist();
    }
    case 'act': {
      if (!seat?.table) return host.fail(client, 'noTable');
      if (seat.role !== 'envoy') return host.fail(client, 'notEnvoy');
      if (host.state.phase !== 'running') return host.fail(client, 'notRunning');
      const table = host.tables.get(seat.table)!;
      const p = payload as { action: Parameters<ClassTable['apply']>[0]; at?: number };
      // Made on a table someone else has changed since (two students ending the same round).
      if (p.at !== undefined && p.at !== table.state.log.length) return host.fail(client, 'stale');
      if (host.party.act(client, table, p.action as Parameters<PartyDesk['act']>[2])) return;
      const r = table.apply(p.action);
      if (!r.ok) return host.fail(client, 'refused', r.reason);
      return host.changed(table);
    }
    case 'pick': {
      if (!seat) return host.fail(client, 'noTable');
      if (seat.table) return host.fail(client, 'seated');
      const { table: id, role = 'envoy' } = payload as { table: string; role?: string };
      if (!host.tables.has(id)) return host.fail(client, 'noSuchTable');
      if (!host.party.mayPick(id, role)) return host.fail(client, 'closedSeat');
      seatAt(host, seat, id, role);
      return host.persist();
    }
    case 'move': return moveSeat(host, client, payload as MoveMessage);
    case 'inject': return inject(host, client, payload as InjectMessage);
    case 'start': return changePhase(host, client, ['lobby'], 'running');
    case 'pause': return changePhase(host, client, ['running'], 'paused');
    case 'resume': return changePhase(host, client, ['paused'], 'running');
    case 'end': return changePhase(host, client, ['lobby', 'running', 'paused'], 'ended');
    case 'answer':
      if (host.state.phase !== 'running') return host.fail(client, 'notRunning');
      return host.party.answer(client, seat, payload as Parameters<PartyDesk['answer']>[2]);
    case 'seat': return host.party.setSeat(client, payload as Parameters<PartyDesk['setSeat']>[1]);
    case 'timer': return host.party.setTimer(client, payload as Parameters<PartyDesk['setTimer']>[1]);
  }
}
