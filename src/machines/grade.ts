// What a teacher can grade, kept with the game: the concept check's answers before and after the
// scenario (each optional: skipped is recorded as skipped) and the mediator's memo written in the
// debrief. The app machine holds one record for the game on screen; persistence stores it by the
// game's key, so it comes back with the game after a reload (a resume code or Continue).

import type { GameState } from '../sim/state';

/** The three prompts of the mediator's memo, in the order they are shown. */
export const MEMO_PROMPTS = ['tried', 'refused', 'lasting'] as const;

/** One prompt of the memo. */
export type MemoPrompt = (typeof MEMO_PROMPTS)[number];

/** The longest answer kept for one memo prompt (about a printed page for all three). */
export const MEMO_MAX = 2000;

/** Answers to a concept check by question id (an option id, or null when left blank). */
export type CheckAnswers = Record<string, string | null>;

/** One sitting of the check: not offered yet, skipped, or answered. */
export type CheckSitting = { status: 'pending' } | { status: 'skipped' } | { status: 'answered'; answers: CheckAnswers };

/** The record of one game for grading. */
export interface GradeRecord {
  /** The game it belongs to (`gameKey`). */
  key: string;
  /** The set of questions asked (a scenario id or `general`). */
  set: string;
  before: CheckSitting;
  after: CheckSitting;
  memo: Record<MemoPrompt, string>;
}

/** Where a game's grade record is kept: its scenario, seed and difficulty. */
export function gameKey(game: Pick<GameState, 'scenarioId' | 'seed' | 'difficulty'>): string {
  return `${game.scenarioId}~${game.seed}~${game.difficulty}`;
}

/** A new, empty record for a game that asks the questions of `set`. */
export function emptyGrade(key: string, set: string): GradeRecord {
  return { key, set, before: { status: 'pending' }, after: { status: 'pending' }, memo: { tried: '', refused: '', lasting: '' } };
}

/** Keeps only the answers a check can hold: at most 20 ids of up to 40 characters. */
export function cleanAnswers(answers: Readonly<Record<string, unknown>>): CheckAnswers {
  const out: CheckAnswers = {};
  for (const [q, a] of Object.entries(answers).slice(0, 20)) {
    if (q.length > 40) continue;
    out[q] = typeof a === 'string' && a.length <= 40 ? a : null;
  }
  return out;
}

/** Reads back a record from storage or a message; null for anything else. */
export function readGrade(x: unknown): GradeRecord | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  if (typeof r['key'] !== 'string' || typeof r['set'] !== 'string') return null;
  const sitting = (s: unknown): CheckSitting => {
    const o = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    if (o['status'] === 'skipped') return { status: 'skipped' };
    if (o['status'] === 'answered' && typeof o['answers'] === 'object' && o['answers'] !== null) {
      return { status: 'answered', answers: cleanAnswers(o['answers'] as Record<string, unknown>) };
    }
    return { status: 'pending' };
  };
  const m = (typeof r['memo'] === 'object' && r['memo'] !== null ? r['memo'] : {}) as Record<string, unknown>;
  const memo = Object.fromEntries(MEMO_PROMPTS.map((p) => [p, typeof m[p] === 'string' ? (m[p] as string).slice(0, MEMO_MAX) : ''])) as Record<MemoPrompt, string>;
  return { key: r['key'], set: r['set'], before: sitting(r['before']), after: sitting(r['after']), memo };
}
