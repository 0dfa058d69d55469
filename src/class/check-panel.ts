// The concept check on the student's class page: before play (while the table has made no decision
// yet) and after it (once the table's game is over), five optional questions whose answers go to
// the room as a `check` message, which only the teacher receives. The same questions, in the same
// language, as the solo game's check; after play the student sees the explanations.

import { html, nothing, type TemplateResult } from 'lit-html';
import { until } from 'lit-html/directives/until.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { CheckSet } from '../content/check-schema';
import { loadCheck } from '../content/checks';
import type { CheckAnswers } from '../machines/grade';
import { formAnswers, questionField, review } from '../ui/check-parts';
import { language, t } from '../i18n/i18n';

type Sitting = 'before' | 'after';

/** The student's check: what was answered or skipped, on this page. */
export interface ClassCheck {
  /** The check's part of the seated view: the sitting due now, or the review once both are done. */
  render(o: { levelId: string; decisions: number; over: boolean; send(type: 'check', payload: unknown): void }): TemplateResult | typeof nothing;
}

/** Creates the check's state for the page; `redraw` draws the page again after a change. */
export function createClassCheck(redraw: () => void): ClassCheck {
  const answered: Partial<Record<Sitting, CheckAnswers>> = {};
  const skipped = new Set<Sitting>();
  let reviewed = false;

  const form = (set: CheckSet, sitting: Sitting, send: (type: 'check', payload: unknown) => void) => {
    const submit = (e: Event) => {
      e.preventDefault();
      const answers = formAnswers(e.currentTarget as HTMLFormElement, set);
      answered[sitting] = answers;
      send('check', { sitting, answers });
      redraw();
    };
    const skip = () => { skipped.add(sitting); redraw(); };
    return html`<section class="panel check" aria-labelledby="check-title">
      <h2 id="check-title">${sitting === 'before' ? t('grade.check.beforeTitle') : t('grade.check.afterTitle')}</h2>
      <p>${t('grade.check.intro')}</p>
      <form @submit=${submit}>
        ${repeat(set.questions, (q) => q.id, (q, i) => questionField(q, i + 1))}
        <div class="moves">
          <button type="submit" class="primary">${sitting === 'before' ? t('grade.check.submitBefore') : t('grade.check.submitAfter')}</button>
          <button type="button" @click=${skip}>${t('grade.check.skip')}</button>
        </div>
      </form>
    </section>`;
  };

  return {
    render({ levelId, decisions, over, send }) {
      const sitting: Sitting | null = over ? 'after' : decisions === 0 ? 'before' : null;
      const due = sitting !== null && !answered[sitting] && !skipped.has(sitting);
      const showReview = over && answered.after !== undefined && !reviewed;
      if (!due && !showReview) return nothing;
      const body = loadCheck(levelId, language()).then((set) => {
        if (!set) return nothing;
        if (due) return form(set, sitting, send);
        const before = answered.before ? { status: 'answered' as const, answers: answered.before } : { status: 'skipped' as const };
        return html`<section class="panel check">${review(set, { before, after: { status: 'answered', answers: answered.after! } })}
          <div class="moves"><button type="button" @click=${() => { reviewed = true; redraw(); }}>${t('grade.check.continue')}</button></div></section>`;
      });
      return html`${until(body, nothing)}`;
    },
  };
}
