// The concept check and the memo in the debrief's export, for a teacher's gradebook: per question
// the answer before and after play and whether each was right, the scores out of five, and the
// memo's three texts. Pure: it needs the record and the set of questions it was asked from.

import type { CheckSet } from '../content/check-schema';
import { MEMO_PROMPTS, type CheckSitting, type GradeRecord, type MemoPrompt } from '../machines/grade';

/** One question's results: the option chosen before and after play (null: skipped or blank). */
export interface CheckResultRow {
  question: string;
  concept: string;
  prompt: string;
  right: string;
  before: string | null;
  beforeRight: boolean | null;
  after: string | null;
  afterRight: boolean | null;
}

/** The check and the memo as they go into the JSON export. */
export interface GradeExport {
  set: string;
  /** How each sitting went: answered, skipped, or never offered (pending). */
  before: CheckSitting['status'];
  after: CheckSitting['status'];
  /** Right answers out of the questions (null when that sitting was not answered). */
  beforeScore: number | null;
  afterScore: number | null;
  questions: CheckResultRow[];
  memo: Record<MemoPrompt, string>;
}

function answerOf(s: CheckSitting, q: string): string | null {
  return s.status === 'answered' ? s.answers[q] ?? null : null;
}

function score(s: CheckSitting, set: CheckSet): number | null {
  return s.status === 'answered' ? set.questions.filter((q) => s.answers[q.id] === q.answer).length : null;
}

/** The record read against its questions. */
export function gradeExport(set: CheckSet, record: GradeRecord): GradeExport {
  const questions = set.questions.map((q): CheckResultRow => {
    const before = answerOf(record.before, q.id);
    const after = answerOf(record.after, q.id);
    return {
      question: q.id, concept: q.concept, prompt: q.prompt, right: q.answer,
      before, beforeRight: record.before.status === 'answered' ? before === q.answer : null,
      after, afterRight: record.after.status === 'answered' ? after === q.answer : null,
    };
  });
  return {
    set: set.id, before: record.before.status, after: record.after.status,
    beforeScore: score(record.before, set), afterScore: score(record.after, set), questions, memo: { ...record.memo },
  };
}

/** The CSV columns added after the decision log's, in order. */
export const GRADE_COLUMNS = [
  'check_question', 'check_concept', 'check_prompt', 'check_right_answer',
  'check_before', 'check_before_right', 'check_after', 'check_after_right', 'memo_prompt', 'memo_text',
] as const;

type Cell = string | number | null;

const yesNo = (b: boolean | null): Cell => (b === null ? null : b ? 'yes' : 'no');

/**
 * The rows the check and memo add below the decisions: one per question, a total row, then one per
 * memo prompt. Each row gives only the grade columns; the decision columns stay empty.
 */
export function gradeCsvRows(g: GradeExport): Cell[][] {
  const rows: Cell[][] = g.questions.map((q) => [
    q.question, q.concept, q.prompt, q.right,
    q.before ?? (g.before === 'answered' ? '' : g.before), yesNo(q.beforeRight),
    q.after ?? (g.after === 'answered' ? '' : g.after), yesNo(q.afterRight), null, null,
  ]);
  rows.push(['total', null, null, g.questions.length, g.beforeScore ?? g.before, null, g.afterScore ?? g.after, null, null, null]);
  for (const p of MEMO_PROMPTS) rows.push([null, null, null, null, null, null, null, null, p, g.memo[p]]);
  return rows;
}
