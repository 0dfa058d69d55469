// The concept check's screens: five questions before play (`precheck`) and the same five after
// (`postcheck`), each a radio group in one form. Optional throughout: the Skip button and Esc leave
// at once, and a question may stay blank. Once the post-check is answered the same screen shows,
// per question, the answer before and after play, the right answer and its short explanation.
// The questions load on demand in the player's language (content/checks.ts).

import '../grade.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { until } from 'lit-html/directives/until.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ScreenContext } from '../context';
import type { CheckQuestion, CheckSet } from '../../content/check-schema';
import { loadCheck, peekCheck } from '../../content/checks';
import type { CheckSitting, GradeRecord } from '../../machines/grade';
import { language, t } from '../../i18n/i18n';
import { count } from '../format';
import { screenHeading } from './play';

/** The option's text for an answer, or "no answer". */
function optionText(q: CheckQuestion, id: string | null | undefined): string {
  return q.options.find((o) => o.id === id)?.text ?? t('grade.check.noAnswer');
}

/** A sitting's score as words: "3 of 5 right", "skipped" or "not taken". */
export function sittingScore(set: CheckSet, s: CheckSitting): string {
  if (s.status === 'skipped') return t('grade.check.skipped');
  if (s.status === 'pending') return t('grade.check.notTaken');
  const right = set.questions.filter((q) => s.answers[q.id] === q.answer).length;
  return t('grade.check.outOf', { score: count(right), total: count(set.questions.length) });
}

function questionField(q: CheckQuestion, n: number): TemplateResult {
  const helpId = `check-concept-${q.id}`;
  return html`<fieldset class="issue check-question" data-question=${q.id} aria-describedby=${helpId}>
    <legend>${t('grade.check.legend', { n: count(n), prompt: q.prompt })}</legend>
    <p class="help" id=${helpId}>${t(`grade.check.concept.${q.concept}`)}</p>
    <div class="options">${repeat(q.options, (o) => o.id, (o) => {
      const id = `check-${q.id}-${o.id}`;
      return html`<div class="choice"><input type="radio" name=${q.id} id=${id} .value=${o.id}><label for=${id}>${o.text}</label></div>`;
    })}</div>
  </fieldset>`;
}

function review(set: CheckSet, grade: GradeRecord): TemplateResult {
  const after = grade.after.status === 'answered' ? grade.after.answers : {};
  const before = grade.before.status === 'answered' ? grade.before.answers : null;
  return html`<section class="check-review" aria-labelledby="check-review-title">
    <h2 id="check-review-title">${t('grade.check.resultTitle')}</h2>
    <p class="score-line">${t('grade.check.score', { before: sittingScore(set, grade.before), after: sittingScore(set, grade.after) })}</p>
    <ol class="check-results">${repeat(set.questions, (q) => q.id, (q) => {
      const right = after[q.id] === q.answer;
      return html`<li class=${right ? 'right' : 'wrong'}>
        <p class="check-prompt">${q.prompt}</p>
        <p><strong>${right ? t('grade.check.right') : t('grade.check.wrong')}</strong> ${t('grade.check.yours', { answer: optionText(q, after[q.id]) })}</p>
        ${before ? html`<p>${t('grade.check.before', { answer: optionText(q, before[q.id]) })}</p>` : nothing}
        ${right ? nothing : html`<p>${t('grade.check.rightAnswer', { answer: optionText(q, q.answer) })}</p>`}
        <p class="help">${q.explanation}</p>
      </li>`;
    })}</ol>
  </section>`;
}

/** The answers chosen in the check's form, by question (null where none was chosen). */
function formAnswers(form: HTMLFormElement, set: CheckSet): Record<string, string | null> {
  const data = new FormData(form);
  return Object.fromEntries(set.questions.map((q) => {
    const v = data.get(q.id);
    return [q.id, typeof v === 'string' ? v : null];
  }));
}

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
