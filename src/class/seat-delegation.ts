// A delegation team's screen at a three-party class table: what its government knows (the public
// course of the talks, its own public's pressure and trust, its reading of the other side), the
// package the envoy tabled, and the answer form (accept, reject or a counter-offer, with a short
// written reason the envoy reads). Drawn only from the delegation's own view the server sends.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Level, SideId } from '../sim/level';
import type { HumanAnswer, Proposal } from '../sim/state';
import { t } from '../i18n/i18n';
import { ceasefireInline, meterLabel, meterValue, pct, sideName } from '../ui/format';
import { roundTitle } from '../ui/say';
import { REASON_MAX } from '../server/party-messages';
import type { PartyNote } from '../server/table-party';
import { secondsLeft, type DelegationSeatView } from './seat-state';
import { seatDebrief } from './seat-debrief';

/** The answer being written, kept by the page between draws. */
export interface AnswerDraft {
  verdict: 'accept' | 'reject' | 'counter';
  counter: Proposal;
  reason: string;
  /** The package this draft answers (a new package starts a new draft). */
  of: string;
}

/** What the panel needs. */
export interface DelegationProps {
  level: Level;
  seat: DelegationSeatView;
  draft: AnswerDraft;
  running: boolean;
  /** Redraw after the draft changed. */
  redraw(): void;
  send(answer: HumanAnswer, reason: string): void;
}

const other = (s: SideId): SideId => (s === 'th' ? 'kh' : 'th');

/** A package's terms as a list (only those that differ from `against` when `onlyChanged`). */
export function packageList(level: Level, p: Proposal, label: string, against?: Proposal, onlyChanged = false): TemplateResult {
  return html`<ul aria-label=${label}>${level.issues.map((i) => {
    const o = i.options.find((x) => x.id === p[i.id]);
    const changed = against !== undefined && against[i.id] !== p[i.id];
    if (onlyChanged && against && !changed) return nothing;
    return o ? html`<li class=${changed ? 'changed' : ''}><span class="issue">${i.label}:</span> ${changed ? html`<strong>${o.label}</strong> ${t('class.party.changed')}` : o.label}</li>` : nothing;
  })}</ul>`;
}

/**
 * One answer of a team, as text (the reason is the team's own words, shown as text only). With
 * `onlyChanged` a counter-offer lists only the terms it changed (the envoy's answers screen shows them all).
 */
export function noteLine(level: Level, n: PartyNote, onlyChanged = false): TemplateResult {
  const side = sideName(level, n.side);
  return html`<li><p>${t(`class.party.verdict.${n.verdict}`, { side })}</p>
    ${n.counter ? packageList(level, n.counter, t('class.party.counterTerms', { side }), n.tabled, onlyChanged) : nothing}
    ${n.reason ? html`<blockquote class="reason">${n.reason}</blockquote>` : nothing}</li>`;
}

function governmentPanel(level: Level, seat: DelegationSeatView): TemplateResult {
  const v = seat.view;
  if (!v) return html``;
  const side = seat.side;
  const issue = (id: string) => level.issues.find((i) => i.id === id);
  const option = (id: string, o: string) => issue(id)?.options.find((x) => x.id === o)?.label ?? o;
  const weights = Object.entries(v.other.estimatedWeights).map(([id, w]) => ({ label: issue(id)?.label ?? id, w: w ?? 0 }))
    .sort((a, b) => b.w - a.w).slice(0, 3);
  const a = v.table.assessment;
  const theirs = v.table.answers.find((x) => x.whose === 'other');
  return html`<section class="panel status" aria-labelledby="gov-title">
    <h2 id="gov-title">${t('class.party.government', { side: sideName(level, side) })}</h2>
    <p>${t('class.table.round', { round: roundTitle(level, v.round), max: v.maxRounds })} · ${ceasefireInline(v.world.ceasefire)}</p>
    <dl class="meters">
      ${(['intensity', 'livesLost', 'displaced'] as const).map((m) => html`<div><dt>${meterLabel(m, level)}</dt><dd>${meterValue(m, v.world[m], level)}</dd></div>`)}
      ${(['pressure', 'trustOther', 'trustMediator', 'bias'] as const).map((k) => html`<div><dt>${meterLabel(`${side}.${k}`, level)}</dt><dd>${meterValue(`${side}.${k}`, v.own[k], level)}</dd></div>`)}
    </dl>
    <p>${t('class.party.limits', { reservation: pct(v.own.reservation), target: pct(v.own.target), ratification: pct(v.own.ratification) })}</p>
    <h3>${t('class.party.needs')}</h3>
    <ul>${v.own.needs.map((n) => html`<li>${issue(n.issue)?.label ?? n.issue}: ${option(n.issue, n.option)}</li>`)}</ul>
    ${v.own.fears.length ? html`<p>${t('class.party.fears', { fears: v.own.fears.map((f) => t(`play.reading.fear.${f}`)).join('; ') })}</p>` : nothing}
    <h3>${t('class.party.reading', { other: sideName(level, other(side)) })}</h3>
    <ol>${weights.map((x) => html`<li>${x.label} (${pct(x.w)})</li>`)}</ol>
    ${a ? html`<h3>${t('class.party.onTable')}</h3>
      <p>${t('class.party.assessment', { utility: pct(a.utility), domestic: pct(a.domestic) })}
        ${t(a.clearsTarget ? 'class.party.clears' : 'class.party.below')} ${t(a.clearsRatification ? 'class.party.ratifies' : 'class.party.noRatify')}</p>` : nothing}
    ${theirs ? html`<p>${t(`class.verdict.${theirs.verdict}`, { side: sideName(level, other(side)) })}</p>` : nothing}
  </section>`;
}

function answerForm(p: DelegationProps, pending: Proposal): TemplateResult {
  const { level, draft } = p;
  const left = secondsLeft(p.seat.deadline);
  const submit = (e: Event) => {
    e.preventDefault();
    const answer: HumanAnswer = draft.verdict === 'counter' ? { verdict: 'counter', counter: { ...pending, ...draft.counter } } : draft.verdict;
    p.send(answer, draft.reason);
  };
  const setVerdict = (v: AnswerDraft['verdict']) => {
    draft.verdict = v;
    p.redraw();
  };
  return html`<form class="panel answer" aria-labelledby="tabled-title" @submit=${submit}>
    <h2 id="tabled-title">${t('class.party.tabled')}</h2>
    ${left !== null ? html`<p class="timer" role="timer">${t('class.party.timeLeft', { s: left })}</p>` : nothing}
    ${packageList(level, pending, t('class.party.tabled'))}
    <fieldset><legend>${t('class.party.yourAnswer')}</legend>
      ${(['accept', 'reject', 'counter'] as const).map((v) => html`<label class="inline"><input type="radio" name="verdict" value=${v}
        .checked=${draft.verdict === v} @change=${() => setVerdict(v)} />${t(`class.party.answer.${v}`)}</label>`)}
    </fieldset>
    ${draft.verdict === 'counter' ? html`<fieldset class="issues"><legend>${t('class.party.counter')}</legend>
      ${level.issues.map((i) => html`<label>${i.label}
        <select @change=${(e: Event) => { draft.counter[i.id] = (e.target as HTMLSelectElement).value; }}>
          ${i.options.map((o) => html`<option value=${o.id} ?selected=${(draft.counter[i.id] ?? pending[i.id]) === o.id}>${o.label}</option>`)}
        </select></label>`)}</fieldset>` : nothing}
    <label for="reason">${t('class.party.reason', { max: REASON_MAX })}</label>
    <textarea id="reason" rows="3" maxlength=${REASON_MAX} .value=${draft.reason}
      @input=${(e: Event) => { draft.reason = (e.target as HTMLTextAreaElement).value; }}></textarea>
    <button type="submit" class="primary" ?disabled=${!p.running}>${t('class.party.send')}</button>
  </form>`;
}

/** The delegation team's panel. */
export function delegationPanel(p: DelegationProps): TemplateResult {
  const { level, seat } = p;
  const v = seat.view;
  const over = v?.outcome ?? null;
  return html`
    <p class="seat-role">${t('class.party.youAre', { side: sideName(level, seat.side) })}</p>
    ${over ? html`<section class="panel result" aria-labelledby="result-title"><h2 id="result-title">${t('class.outcome.title')}</h2>
      <p>${t(`class.party.end.${over.reason}`)}</p></section>` : nothing}
    ${seat.score ? seatDebrief(level, seat.score) : nothing}
    ${seat.pending ? answerForm(p, seat.pending)
      : !over && p.running ? html`<p class="waiting" role="status">${t('class.party.noPackage')}</p>` : nothing}
    ${governmentPanel(level, seat)}
    ${seat.notes.length ? html`<section class="panel" aria-labelledby="mine-title"><h2 id="mine-title">${t('class.party.yourAnswers')}</h2>
      <ul class="notes">${seat.notes.slice().reverse().map((n) => noteLine(level, n))}</ul></section>` : nothing}`;
}
