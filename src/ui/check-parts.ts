// The concept check's parts shared by the solo screens and the class page: a question as a radio
// group, the answers chosen in a form, a sitting's score in words, and the review after play (each
// answer before and after, the right one and its explanation).

import './grade.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { CheckQuestion, CheckSet } from '../content/check-schema';
import type { CheckSitting, GradeRecord } from '../machines/grade';
import { t } from '../i18n/i18n';
import { count } from './format';

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

/** One question as a radio group (a fieldset whose legend is the question). */
export function questionField(q: CheckQuestion, n: number): TemplateResult {
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

/** The answers after play beside those before, with the right answer and explanation of each. */
export function review(set: CheckSet, grade: Pick<GradeRecord, 'before' | 'after'>): TemplateResult {
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
export function formAnswers(form: HTMLFormElement, set: CheckSet): Record<string, string | null> {
  const data = new FormData(form);
  return Object.fromEntries(set.questions.map((q) => {
    const v = data.get(q.id);
    return [q.id, typeof v === 'string' ? v : null];
  }));
}

