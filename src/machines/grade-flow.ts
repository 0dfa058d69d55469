// The concept check's place in the app's flow, kept beside the app machine: the briefing offers it
// (`CHECK_START` opens `precheck`; Begin alone skips it), a game whose pre-check was answered asks
// the same questions after the last round (`postcheck`, with the explanations once answered), and
// the debrief offers the post-check to anyone who has not taken it. Every step can be skipped with
// one key or tap (`CHECK_SKIP`). The memo's text arrives from the debrief as `MEMO`.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { checkSetFor } from '../content/check-ids';
import { cleanAnswers, emptyGrade, gameKey, MEMO_MAX, type GradeRecord, type MemoPrompt, MEMO_PROMPTS } from './grade';

/** The events of the concept check and the memo. */
export type GradeEvent =
  /** From the briefing: answer the questions before playing. */
  | { type: 'CHECK_START' }
  /** The answers to the check on screen (before or after play), by question id. */
  | { type: 'CHECK_SUBMIT'; answers: Record<string, string | null> }
  /** Leave the check on screen without answering (or, after the explanations, go on). */
  | { type: 'CHECK_SKIP' }
  /** Once the post-check's explanations have been read: on to the debrief. */
  | { type: 'CHECK_CONTINUE' }
  /** One memo prompt's text as typed in the debrief. */
  | { type: 'MEMO'; prompt: MemoPrompt; text: string };

/** A fresh record for a new game. */
export function freshGrade(level: Level, game: GameState): GradeRecord {
  return emptyGrade(gameKey(game), checkSetFor(level.id));
}

/** The record kept for a restored game, or a fresh one (the check not yet taken on this device). */
export function recalledGrade(level: Level, game: GameState, recall: (key: string) => GradeRecord | null): GradeRecord {
  const kept = recall(gameKey(game));
  return kept && kept.key === gameKey(game) ? kept : freshGrade(level, game);
}

/** The record with the answers of the sitting under way (`before` or `after`). */
export function withAnswers(grade: GradeRecord, sitting: 'before' | 'after', answers: Readonly<Record<string, unknown>>): GradeRecord {
  return { ...grade, [sitting]: { status: 'answered', answers: cleanAnswers(answers) } };
}

/** The record with a sitting skipped. */
export function withSkipped(grade: GradeRecord, sitting: 'before' | 'after'): GradeRecord {
  return { ...grade, [sitting]: { status: 'skipped' } };
}

/** The record with one memo prompt's text (capped at MEMO_MAX characters). */
export function withMemo(grade: GradeRecord, prompt: MemoPrompt, text: string): GradeRecord {
  if (!MEMO_PROMPTS.includes(prompt)) return grade;
  return { ...grade, memo: { ...grade.memo, [prompt]: String(text).slice(0, MEMO_MAX) } };
}

/** After the last round: ask the post-check when the pre-check was answered and the post-check is not done. */
export function asksAfter(grade: GradeRecord | null): boolean {
  return grade !== null && grade.before.status === 'answered' && grade.after.status === 'pending';
}
