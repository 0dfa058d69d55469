// The concept check's screens: five questions before play (`precheck`) and the same five after
// (`postcheck`), each a radio group in one form. Optional throughout: the Skip button and Esc leave
// at once, and a question may stay blank. Once the post-check is answered the same screen shows,
// per question, the answer before and after play, the right answer and its short explanation.
// The questions load on demand in the player's language (content/checks.ts).

import '../grade.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { until } from 'lit-html/directives/until.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { formAnswers, questionField, review } from '../check-parts';
import type { ScreenContext } from '../context';
import type { CheckSet } from '../../content/check-schema';
import { loadCheck, peekCheck } from '../../content/checks';
import { language, t } from '../../i18n/i18n';
import { screenHeading } from './play';

function body(ctx: ScreenContext, set: CheckSet | null, after: boolean): TemplateResult {
  const grade = ctx.vm.grade ?? null;
  const skip = () => ctx.send({ type: 'CHECK_SKIP' });
  if (!set || !grade) {
    return html`<p>${t('grade.check.unavailable')}</p>
      <div class="button-row"><button type="button" class="primary" @click=${skip}>${after ? t('grade.check.continue') : t('menu.briefing.begin')}</button></div>`;
  }
  if (after && grade.after.status === 'answered') {
    return html`${review(set, grade)}
      <div class="button-row"><button type="button" class="primary" data-focus="continue" @click=${() => ctx.send({ type: 'CHECK_CONTINUE' })}>${t('grade.check.continue')}</button></div>`;
  }
  const submit = (e: Event) => {
    e.preventDefault();
    ctx.send({ type: 'CHECK_SUBMIT', answers: formAnswers(e.currentTarget as HTMLFormElement, set) });
  };
  return html`<form class="check-form" @submit=${submit}>
    ${repeat(set.questions, (q) => q.id, (q, i) => questionField(q, i + 1))}
    <div class="button-row">
      <button type="submit" class="primary">${after ? t('grade.check.submitAfter') : t('grade.check.submitBefore')}</button>
      <button type="button" @click=${skip}>${t('grade.check.skip')}</button>
    </div>
  </form>`;
}

/** The form or the review, once the questions are loaded in the current language. */
function checkBody(ctx: ScreenContext, levelId: string, after: boolean, loading: TemplateResult): unknown {
  const lang = language();
  const set = peekCheck(levelId, lang);
  // Always through `until`, so the part keeps its nodes (and the radios chosen) once loaded.
  return until(set !== undefined ? body(ctx, set, after) : loadCheck(levelId, lang).then((s) => body(ctx, s, after)), loading);
}

/** The concept check before play (`precheck`) or after it (`postcheck`). */
export function renderConceptCheck(ctx: ScreenContext): TemplateResult {
  const level = ctx.vm.level;
  const after = ctx.vm.screen === 'postcheck';
  const answered = after && ctx.vm.grade?.after.status === 'answered';
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || answered) return;
    e.preventDefault();
    ctx.send({ type: 'CHECK_SKIP' });
  };
  const loading = html`<p role="status">${t('grade.check.loading')}</p>`;
  return html`<section class="screen screen-check panel" aria-labelledby="check-title" @keydown=${onKey}>
    <p class="eyebrow">${t('grade.check.eyebrow', { title: level?.title ?? '' })}</p>
    ${screenHeading(after ? t('grade.check.afterTitle') : t('grade.check.beforeTitle'), 'check-title')}
    ${answered ? nothing : html`<p class="lede">${t('grade.check.intro')}</p>
      <div class="button-row"><button type="button" data-focus="skip" @click=${() => ctx.send({ type: 'CHECK_SKIP' })}>${t('grade.check.skip')}</button>
      <span class="help">${t('grade.check.skipHint')}</span></div>`}
    ${checkBody(ctx, level?.id ?? '', after, loading)}
  </section>`;
}
