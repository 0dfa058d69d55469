// Every message a class client may send, as zod schemas: the server parses each one here and drops
// anything else with an error to its sender. Shapes are strict (no extra keys) and every string
// and record is bounded, so a message can neither carry a payload nor grow the server's memory.

import { z } from '../content/zod';
import { ACTIONS } from '../sim/catalog';
import { NEWS_MAX } from '../sim/inject';
import type { MediatorAction } from '../sim/state';
import { checkMessageSchema } from './class-checks';
import { PARTY_SCHEMAS, PARTY_TEACHER_ONLY, roleSchema } from './party-messages';

/** The largest message the room reads, in bytes on the wire. */
export const MAX_MESSAGE_BYTES = 2048;

const side = z.enum(['th', 'kh']);
const id = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);

const SIMPLE = ACTIONS.filter((a) => !a.targeted && a.type !== 'propose' && a.type !== 'statement').map((a) => a.type);
const SIDED = ACTIONS.filter((a) => a.targeted && a.type !== 'statement').map((a) => a.type);

/** A mediator's decision as a table sends it (hot-seat answers are not part of class play). */
export const actionSchema = z.union([
  z.strictObject({ type: z.enum(['end_round', ...SIMPLE] as [string, ...string[]]) }),
  z.strictObject({ type: z.enum(SIDED as [string, ...string[]]), side }),
  z.strictObject({ type: z.literal('statement'), side, tone: z.enum(['praise', 'blame']) }),
  z.strictObject({ type: z.literal('propose'), proposal: z.record(id, id).refine((p) => Object.keys(p).length <= 12) }),
]).transform((a) => a as MediatorAction);

/** A display name: printable text, trimmed, 1–40 characters. */
export const nameSchema = z.string().transform((s) => s.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, '').trim())
  .pipe(z.string().min(1).max(40));

/** A seat key as the server makes it (seat-key.ts): 18 random bytes in base64url. */
export const seatKeySchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/);

/** What a student sends when joining; `seatKey` asks for the seat it was given to (after a restart). */
export const studentJoinSchema = z.strictObject({ name: nameSchema, table: id.optional(), seatKey: seatKeySchema.optional() });
/** What the teacher sends when joining. */
export const teacherJoinSchema = z.strictObject({ teacherKey: z.string().min(16).max(128) });

/** Messages by type: the payload schema of each. */
export const MESSAGE_SCHEMAS = {
  /** Asks the room who this client is (answered with `welcome`). */
  hello: z.strictObject({}).optional(),
  /** A table's decision; `at` (optional) is how many decisions the page had seen, so a stale one is refused. */
  act: z.strictObject({ action: actionSchema, at: z.number().int().min(0).max(10_000).optional() }),
  pick: z.strictObject({ table: id, role: roleSchema.optional() }),
  start: z.strictObject({}).optional(),
  pause: z.strictObject({}).optional(),
  resume: z.strictObject({}).optional(),
  end: z.strictObject({}).optional(),
  inject: z.union([
    z.strictObject({ table: id, incident: id, victim: side }),
    z.strictObject({ table: id, news: z.string().trim().min(1).max(NEWS_MAX) }),
  ]),
  move: z.strictObject({ seat: id, table: id, role: roleSchema.optional() }),
  ...PARTY_SCHEMAS,
  /** A student's concept check, before or after play (class-checks.ts). */
  check: checkMessageSchema,
} as const;

/** A message type the room knows. */
export type MessageType = keyof typeof MESSAGE_SCHEMAS;

/** Messages only the teacher may send. */
export const TEACHER_ONLY: ReadonlySet<MessageType> = new Set(['start', 'pause', 'resume', 'end', 'inject', 'move', ...PARTY_TEACHER_ONLY]);

/** A parsed message, or why it was dropped. */
export type Parsed = { ok: true; type: MessageType; payload: unknown } | { ok: false; code: 'unknown' | 'malformed' };

/** Checks a decoded message against its schema. Never throws. */
export function parseMessage(type: unknown, payload: unknown): Parsed {
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(MESSAGE_SCHEMAS, type)) return { ok: false, code: 'unknown' };
  const r = MESSAGE_SCHEMAS[type as MessageType].safeParse(payload);
  return r.success ? { ok: true, type: type as MessageType, payload: r.data } : { ok: false, code: 'malformed' };
}

/** Error codes the room sends to a client (the page words them in its language). */
export type ErrorCode = 'unknown' | 'malformed' | 'tooLarge' | 'tooFast' | 'notTeacher' | 'noTable' | 'seated' | 'notRunning' | 'refused' | 'noSuchTable' | 'noSuchSeat'
  | 'notEnvoy' | 'notDelegation' | 'waiting' | 'notWaiting' | 'closedSeat' | 'stale';

/** The payload of an `error` message to a client. */
export interface ErrorMessage {
  code: ErrorCode;
  /** The sim's refusal, for `refused`. */
  reason?: { key: string; args?: Readonly<Record<string, string | number>> };
}
