// The debrief's parts for grading: the concept check's scores before and after play (with a button
// to take the post-check when it has not been answered) and the mediator's memo, three prompts
// answered in text boxes. The memo goes to the app machine as it is typed (`MEMO`), which keeps it
// with the game; on paper each box prints as plain text. Typed text is only ever set as text.

import './grade.css';
import type { ScreenContext } from './context';
import { button, h } from './dom';
import { MEMO_MAX, MEMO_PROMPTS, type GradeRecord, type MemoPrompt } from '../machines/grade';
import type { CheckSet } from '../content/check-schema';
import { loadCheck, peekCheck } from '../content/checks';
import { gradeExport, type GradeExport } from '../platform/grade-export';
import { language, t } from '../i18n/i18n';
import { count } from './format';
import { sittingScore } from './check-parts';

/** The memo's boxes by prompt, on the page (read at the moment of an export). */
const MEMO_SELECTOR = 'textarea[data-memo]';

function memoBox(ctx: ScreenContext, prompt: MemoPrompt, text: string): HTMLElement {
  const id = `memo-${prompt}`;
  const printed = h('p', { class: 'memo-print print-only', text: text || t('grade.memo.empty') });
  const box = h('textarea', {
    id, rows: 4, maxlength: MEMO_MAX, 'data-memo': prompt, 'aria-describedby': 'memo-limit', class: 'memo-box no-print',
    oninput: (e: Event) => {
      const value = (e.target as HTMLTextAreaElement).value;
      printed.textContent = value || t('grade.memo.empty');
      ctx.send({ type: 'MEMO', prompt, text: value });
    },
  });
  box.value = text;
  return h('div', { class: 'memo-prompt' }, h('label', { for: id, text: t(`grade.memo.prompt.${prompt}`) }), box, printed);
}

/** The mediator's memo: three prompts, kept with the game. */
export function memoPanel(ctx: ScreenContext): HTMLElement | null {
  const grade = ctx.vm.grade;
  if (!grade) return null;
  return h('section', { class: 'panel memo', 'aria-labelledby': 'memo-title' },
    h('h2', { id: 'memo-title', text: t('grade.memo.title') }),
    h('p', { class: 'help', text: t('grade.memo.intro') }),
    ...MEMO_PROMPTS.map((p) => memoBox(ctx, p, grade.memo[p])),
    h('p', { class: 'help no-print', id: 'memo-limit', text: t('grade.memo.limit', { max: count(MEMO_MAX) }) }));
}

function scoreLine(set: CheckSet, grade: GradeRecord): string {
  return t('grade.check.score', { before: sittingScore(set, grade.before), after: sittingScore(set, grade.after) });
}

/** The concept check's scores before and after play, and the offer to take the post-check. */
export function checkSummary(ctx: ScreenContext): HTMLElement | null {
  const grade = ctx.vm.grade;
  const level = ctx.vm.level;
  if (!grade || !level) return null;
  const line = h('p', { class: 'score-line' });
  const fill = (set: CheckSet | null) => { line.textContent = set ? scoreLine(set, grade) : t('grade.check.unavailable'); };
  const set = peekCheck(level.id, language());
  if (set !== undefined) fill(set);
  else {
    line.textContent = t('grade.check.loading');
    void loadCheck(level.id, language()).then(fill);
  }
  const open = grade.after.status !== 'answered';
  return h('section', { class: 'panel check-summary', 'aria-labelledby': 'check-summary-title' },
    h('h2', { id: 'check-summary-title', text: t('grade.summary.title') }), line,
    open ? h('div', { class: 'button-row' }, button(t('grade.offer.debrief'), () => ctx.send({ type: 'CHECK_START' }), { 'data-focus': 'check' })) : null);
}

/**
 * The record as it stands, with the memo as typed in the page (its boxes may be ahead of the
 * snapshot the debrief was drawn from), read against its questions in the current language.
 */
export async function gradeNow(ctx: ScreenContext, doc: Document = document): Promise<GradeExport | null> {
  const grade = ctx.vm.grade;
  const level = ctx.vm.level;
  if (!grade || !level) return null;
  const memo = { ...grade.memo };
  for (const box of doc.querySelectorAll<HTMLTextAreaElement>(MEMO_SELECTOR)) {
    const p = box.dataset['memo'] as MemoPrompt;
    if (MEMO_PROMPTS.includes(p)) memo[p] = box.value.slice(0, MEMO_MAX);
  }
  const set = await loadCheck(level.id, language());
  return set ? gradeExport(set, { ...grade, memo }) : null;
}

/** The debrief's grading parts, in the order they show: the check's scores, then the memo. */
export function gradePanels(ctx: ScreenContext): HTMLElement[] {
  return [checkSummary(ctx), memoPanel(ctx)].filter((x): x is HTMLElement => x !== null);
}
