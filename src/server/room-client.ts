// Who is on the other end of a class room's connection: what `onAuth` found out about a client
// (teacher or student) and what the room keeps beside it (its seat and its rate limit). Shared by
// the room and the files that handle its messages, so none of them imports another for a type.

import type { Client } from '@colyseus/core';
import type { RateLimit } from './rate-limit';

/** What a join proved: the teacher's key, or a student's name (with the table and seat key it asked for). */
export type Auth = { role: 'teacher' } | { role: 'student'; name: string; table?: string | undefined; seatKey?: string | undefined };

/** What the room keeps with each joined client. */
export interface UserData {
  role: Auth['role'];
  /** The student's seat id (null for a teacher). */
  seat: string | null;
  /** The client's message budget (rate-limit.ts). */
  limit: RateLimit;
}

/** A client of the class room. */
export type ClassClient = Client<UserData, Auth>;
