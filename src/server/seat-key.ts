// A seat's key: the secret that returns a student to their seat when the room's reconnection
// tokens are gone (a restarted server, a class taken over by another process). Only the seat's own
// client receives it; the session data keeps it, so it outlives the room.

import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A new seat key: 18 random bytes in base64url (24 characters). */
export function newSeatKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Whether `given` is `kept` (a seat key, the teacher key), compared in constant time (false when either is missing). */
export function sameSecret(given: string | undefined, kept: string | undefined): boolean {
  if (!given || !kept) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(kept);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The seats' keys of one class: issued to new seats, read back from session data, found by key. */
export class SeatKeys {
  private readonly keys = new Map<string, string>();

  /** Keeps the key a seat already had (session data read back after a restart or a takeover). */
  keep(seat: string, key: string | undefined): void {
    if (key) this.keys.set(seat, key);
  }

  /** A new key for a new seat. */
  issue(seat: string): void {
    this.keys.set(seat, newSeatKey());
  }

  /** The seat's key ('' when it has none). */
  of(seat: string): string {
    return this.keys.get(seat) ?? '';
  }

  /** The seat whose key is `given`, if any (every kept key is compared in constant time). */
  find(given: string | undefined): string | undefined {
    if (!given) return undefined;
    let found: string | undefined;
    for (const [seat, kept] of this.keys) if (sameSecret(given, kept)) found = seat;
    return found;
  }
}
