// The messages of three-party tables, as zod schemas (the room parses every message through
// `parseMessage`, which knows these beside the others): a delegation's answer to a tabled package,
// and the teacher's seat and timer controls. Strict shapes, bounded strings.

import { z } from '../content/zod';
import type { HumanAnswer } from '../sim/state';

/** Longest written reason for an answer, in characters. */
export const REASON_MAX = 280;
/** Longest answer timer the teacher can set, in seconds. */
export const TIMER_MAX = 600;

const id = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);
const proposal = z.record(id, id).refine((p) => Object.keys(p).length <= 12);

/** A seat at a table. */
export const roleSchema = z.enum(['envoy', 'th', 'kh']);
/** A delegation seat. */
export const sideSchema = z.enum(['th', 'kh']);

/** A delegation's answer: accept, reject or a counter-offer. */
export const humanAnswerSchema = z.union([
  z.enum(['accept', 'reject']),
  z.strictObject({ verdict: z.literal('counter'), counter: proposal }),
]).transform((a) => a as HumanAnswer);

/** Reason text as typed: control characters dropped, trimmed, bounded. */
const reasonSchema = z.string().max(REASON_MAX * 2)
  .transform((s) => s.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim())
  .pipe(z.string().max(REASON_MAX));

/** Payload schemas of the three-party messages, by type. */
export const PARTY_SCHEMAS = {
  /** A delegation's team answers the package it was shown (its side is its seat's, never chosen). */
  answer: z.strictObject({ answer: humanAnswerSchema, reason: reasonSchema }),
  /** Teacher: a seat of a table (or 'all') to the AI, opened for students to pick, or closed. */
  seat: z.strictObject({ table: id, role: roleSchema, set: z.enum(['ai', 'open', 'close']) }),
  /** Teacher: the answer timer of a table (or 'all') in seconds; 0 turns it off. */
  timer: z.strictObject({ table: id, seconds: z.number().int().min(0).max(TIMER_MAX) }),
} as const;

/** Three-party messages only the teacher may send. */
export const PARTY_TEACHER_ONLY = ['seat', 'timer'] as const;

/** A table's party as stored in the session file. */
export const partyDataSchema = z.object({
  modes: z.object({ envoy: z.enum(['human', 'ai']), th: z.enum(['human', 'ai']), kh: z.enum(['human', 'ai']) }),
  open: z.array(sideSchema),
  timer: z.number().int().min(0).max(TIMER_MAX),
  pending: z.record(z.string(), z.string()).nullable(),
  answers: z.object({
    th: z.object({ answer: humanAnswerSchema, reason: z.string() }).optional(),
    kh: z.object({ answer: humanAnswerSchema, reason: z.string() }).optional(),
  }),
  notes: z.array(z.object({
    round: z.number(), side: sideSchema, verdict: z.enum(['accept', 'reject', 'counter', 'timeout']),
    counter: z.record(z.string(), z.string()).optional(), tabled: z.record(z.string(), z.string()).optional(), reason: z.string(),
  })),
});
