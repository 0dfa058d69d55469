// Reads one client message off the wire for the class room, before any handler sees it: the size,
// the frame type (no raw bytes), the decoding and the message's schema (messages.ts). Anything
// wrong comes back as the error code to send, never as a thrown error.

import { decode } from '@colyseus/schema';
import { unpack } from '@colyseus/msgpackr';
import { Protocol } from '@colyseus/core';
import { MAX_MESSAGE_BYTES, parseMessage, type ErrorCode, type MessageType } from './messages';

/** A message read and checked, or the error code for its sender (with the decoder's error, if one was thrown). */
export type ReadMessage = { ok: true; type: MessageType; payload: unknown } | { ok: false; code: ErrorCode; error?: Error };

/** Whether a frame carries room data (a message for the room's handlers) rather than Colyseus' own protocol. */
export function isRoomData(buffer: Buffer | undefined): boolean {
  const code = buffer?.[0];
  return code === Protocol.ROOM_DATA || code === Protocol.ROOM_DATA_BYTES;
}

/** Reads a room-data frame: its size, type, decoding and schema are checked. Never throws. */
export function readRoomData(buffer: Buffer): ReadMessage {
  if (buffer.byteLength > MAX_MESSAGE_BYTES) return { ok: false, code: 'tooLarge' };
  if (buffer[0] === Protocol.ROOM_DATA_BYTES) return { ok: false, code: 'malformed' };
  try {
    const it = { offset: 1 };
    const type = decode.stringCheck(buffer, it) ? decode.string(buffer, it) : decode.number(buffer, it);
    const payload: unknown = buffer.byteLength > it.offset ? unpack(buffer.subarray(it.offset)) : undefined;
    return parseMessage(type, payload);
  } catch (e) {
    return { ok: false, code: 'malformed', error: e as Error };
  }
}
