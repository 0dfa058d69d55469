// A seat's key: the secret that returns a student to their seat when the room's reconnection
// tokens are gone (a restarted server, a class taken over by another process). Only the seat's own
// client receives it; the session data keeps it, so it outlives the room.

import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A new seat key: 18 random bytes in base64url (24 characters). */
export function newSeatKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Whether `given` is `kept`, compared in constant time (false when either is missing). */
export function sameSeatKey(given: string | undefined, kept: string | undefined): boolean {
  if (!given || !kept) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(kept);
  return a.length === b.length && timingSafeEqual(a, b);
}
