// What the concept check and the memo change in the app machine's context, and the checks its
// `precheck`, `postcheck` and `debrief` states ask, as pure functions of the context and the event.
// grade-flow.ts holds the record's own steps; this file only fits them to the machine.

import type { AppEvent } from './events';
import { withAnswers, withMemo, withSkipped } from './grade-flow';
import type { AppContext } from './app-types';

/** Which sitting of the check: before play or after it. */
type Sitting = 'before' | 'after';

/** The answers sent for the sitting on screen (CHECK_SUBMIT). */
export function checkAnswered(context: AppContext, event: AppEvent, sitting: Sitting): Partial<AppContext> {
  return event.type === 'CHECK_SUBMIT' && context.grade ? { grade: withAnswers(context.grade, sitting, event.answers) } : {};
}

/** The sitting skipped, when it was still pending (an answered sitting stays answered). */
export function checkSkipped(context: AppContext, sitting: Sitting): Partial<AppContext> {
  return context.grade && context.grade[sitting].status === 'pending' ? { grade: withSkipped(context.grade, sitting) } : {};
}

/** One memo prompt's text as typed in the debrief (MEMO). */
export function memoWritten(context: AppContext, event: AppEvent): Partial<AppContext> {
  return event.type === 'MEMO' && context.grade ? { grade: withMemo(context.grade, event.prompt, event.text) } : {};
}

/** The post-check can still be taken (from the debrief). */
export function afterOpen(context: AppContext): boolean {
  return context.grade !== null && context.grade.after.status !== 'answered';
}

/** The post-check on screen has been answered (its explanations show). */
export function afterAnswered(context: AppContext): boolean {
  return context.grade?.after.status === 'answered';
}
