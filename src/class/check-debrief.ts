// The concept check in the class debrief: per question, how many students answered it right before
// and after play; per student, both scores. From the answers the room sends the teacher (ids only),
// read against the questions in the teacher's language. Names are bound as text.

import { html, nothing, type TemplateResult } from 'lit-html';
import { until } from 'lit-html/directives/until.js';
import type { CheckSet } from '../content/check-schema';
import { loadCheck } from '../content/checks';
import { language, t } from '../i18n/i18n';
import type { ClassView } from './connection';
import { personName } from './person-name';
import { count } from '../ui/format';

/** Each student's answers before and after play, by seat id (what the room sends as `checks`). */
export type ClassChecks = Record<string, { before?: Record<string, string | null>; after?: Record<string, string | null> }>;

function rightOf(set: CheckSet, answers: Record<string, string | null> | undefined, question?: string): number | null {
  if (!answers) return null;
  return set.questions.filter((q) => (question === undefined || q.id === question) && answers[q.id] === q.answer).length;
}

/** "3 of 5 right", or "not taken". */
function score(set: CheckSet, answers: Record<string, string | null> | undefined): string {
  const n = rightOf(set, answers);
  return n === null ? t('grade.check.notTaken') : t('grade.check.outOf', { score: count(n), total: count(set.questions.length) });
}

function table(set: CheckSet, v: ClassView, checks: ClassChecks): TemplateResult {
  const seats = v.seats.filter((s) => checks[s.id]);
  const tally = (sitting: 'before' | 'after', q: string): string => {
    const took = seats.filter((s) => checks[s.id]?.[sitting]);
    return t('grade.check.outOf', { score: count(took.filter((s) => rightOf(set, checks[s.id]?.[sitting], q) === 1).length), total: count(took.length) });
  };
  return html`<table class="scores check-class">
      <caption>${t('grade.class.byQuestion')}</caption>
      <thead><tr><th scope="col">${t('grade.class.question')}</th><th scope="col">${t('grade.class.before')}</th><th scope="col">${t('grade.class.after')}</th></tr></thead>
      <tbody>${set.questions.map((q) => html`<tr><th scope="row">${t(`grade.check.concept.${q.concept}`)}: ${q.prompt}</th><td>${tally('before', q.id)}</td><td>${tally('after', q.id)}</td></tr>`)}</tbody>
    </table>
    <table class="scores check-students">
      <caption>${t('grade.class.byStudent')}</caption>
      <thead><tr><th scope="col">${t('class.debrief.colStudents')}</th><th scope="col">${t('grade.class.before')}</th><th scope="col">${t('grade.class.after')}</th></tr></thead>
      <tbody>${seats.map((s) => html`<tr><th scope="row">${personName(s.name)}</th><td>${score(set, checks[s.id]?.before)}</td><td>${score(set, checks[s.id]?.after)}</td></tr>`)}</tbody>
    </table>`;
}

/** The class debrief's concept-check part, or nothing while no student has answered. */
export function checkDebrief(levelId: string, v: ClassView, checks: ClassChecks): TemplateResult | typeof nothing {
  if (!v.seats.some((s) => checks[s.id])) return nothing;
  return html`<section aria-labelledby="class-check-title"><h3 id="class-check-title">${t('grade.summary.title')}</h3>
    ${until(loadCheck(levelId, language()).then((set) => (set ? table(set, v, checks) : nothing)), nothing)}</section>`;
}

/** The checks for the class JSON export: each student's answers by name and table. */
export function checksForExport(v: ClassView, checks: ClassChecks): { student: string; table: string; before: Record<string, string | null> | null; after: Record<string, string | null> | null }[] {
  return v.seats.filter((s) => checks[s.id]).map((s) => ({
    student: s.name, table: v.tables.find((tb) => tb.id === s.table)?.name ?? '', before: checks[s.id]?.before ?? null, after: checks[s.id]?.after ?? null,
  }));
}
