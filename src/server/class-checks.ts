// The concept check in a class session: each student's answers before and after play, by seat,
// kept by the room beside the tables (and in the session file), and sent only to the teacher, never
// to other students. Answers are ids (question and option), so the teacher's page reads them
// against the questions in its own language.

import { z } from '../content/zod';

const id = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);
const answers = z.record(id, id.nullable()).refine((a) => Object.keys(a).length <= 10, 'at most 10 answers');

/** What a student sends: one sitting's answers (a skipped check sends nothing). */
export const checkMessageSchema = z.strictObject({ sitting: z.enum(['before', 'after']), answers });

/** One student's sittings: each absent until answered. */
export const seatChecksSchema = z.strictObject({ before: answers.optional(), after: answers.optional() });

/** Every student's sittings, by seat id, as stored in the session file and sent to the teacher. */
export const classChecksSchema = z.record(id, seatChecksSchema);

/** Every student's sittings, by seat id. */
export type ClassChecks = z.infer<typeof classChecksSchema>;

/** A sitting as sent by a student. */
export type CheckMessage = z.infer<typeof checkMessageSchema>;

/** The checks with one sitting recorded (a later answer to the same sitting replaces it). */
export function withCheck(checks: ClassChecks, seat: string, m: CheckMessage): ClassChecks {
  return { ...checks, [seat]: { ...checks[seat], [m.sitting]: m.answers } };
}
