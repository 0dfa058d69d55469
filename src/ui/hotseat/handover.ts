// The pass-the-device screens of hot-seat play, drawn from the round machine's hot-seat state
// while a package waits for the teams: "pass the device to Thailand's team" (nothing private on
// it), the team's own screen (the package, its own side's priorities only, Accept, Reject or
// Counter-propose with a term picker, and a reason), and "pass the device back to the envoy". The
// other side's priorities never appear. The team's answer in progress is the UI store's `team`.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { IssueDef, Level, SideId } from '../../sim/level';
import type { Proposal } from '../../sim/state';
import type { HotseatView } from '../../machines/view-model';
import type { ScreenContext } from '../context';
import type { TeamDraft } from '../store';
import { sideName } from '../format';
import { list, percent } from '../say';
import { t } from '../../i18n/i18n';
import { packageList } from '../hud/package-list';
import { priorities } from '../projector/reveal';
import { screenHeading } from '../screens/play';
import '../projector/projector.css';
import './hotseat.css';

type TeamVerdict = NonNullable<TeamDraft['verdict']>;

const frame = (content: TemplateResult) =>
  html`<section class="screen panel hotseat" aria-labelledby="hotseat-title">${content}</section>`;

function handover(ctx: ScreenContext, level: Level, hs: HotseatView): TemplateResult {
  const name = sideName(level, hs.side);
  const answered = Object.keys(hs.answers).map((s) => sideName(level, s as SideId));
  return frame(html`
    ${screenHeading(t('classroom.hotseat.handover.title', { side: name }), 'hotseat-title')}
    <p class="handover-note">${answered.length
      ? t('classroom.hotseat.handover.answered', { sides: list(answered), side: name })
      : t('classroom.hotseat.handover.tabled', { side: name })}</p>
    <p>${t('classroom.hotseat.handover.private', { side: name })}</p>
    <div class="button-row">
      <button type="button" class="primary" @click=${() => ctx.send({ type: 'TAKE_TURN' })}>${t('classroom.hotseat.handover.go', { side: name })}</button>
      ${answered.length === 0 ? html`<button type="button" @click=${() => ctx.send({ type: 'WITHDRAW' })}>${t('classroom.hotseat.handover.back')}</button>` : null}
    </div>`);
}

/** "Border security (34%)": a label with its share of the weight. */
function shareText(i: { label: string; share: number }): string {
  return t('classroom.share', { label: i.label, share: percent(i.share) });
}

/**
 * One open issue of the team's counter-offer: a radio group whose legend is the issue, starting
 * from the envoy's term (marked as such, so the team sees what it has changed).
 */
function counterIssue(issue: IssueDef, tabled: Proposal, counter: Proposal, onPick: (option: string) => void): TemplateResult {
  return html`<fieldset class="issue counter-issue" data-issue=${issue.id}>
    <legend>${issue.label}</legend>
    <div class="options">${repeat(issue.options, (o) => o.id, (o) => {
      const id = `team-counter-${issue.id}-${o.id}`;
      return html`<div class="choice">
        <input type="radio" name=${`team-counter-${issue.id}`} id=${id} .value=${o.id} .checked=${live(counter[issue.id] === o.id)} @change=${() => onPick(o.id)}>
        <label for=${id}>${tabled[issue.id] === o.id ? t('classroom.hotseat.answer.envoyTerm', { option: o.label }) : o.label}</label>
      </div>`;
    })}</div>
  </fieldset>`;
}

/** Whether a counter-offer changes at least one term of the tabled package. */
function changesSomething(level: Level, tabled: Proposal, counter: Proposal): boolean {
  return level.issues.some((i) => counter[i.id] !== tabled[i.id]);
}

function answerForm(ctx: ScreenContext, level: Level, hs: HotseatView): TemplateResult {
  const side = hs.side;
  const name = sideName(level, side);
  const draft = ctx.ui.team;
  const setTeam = (change: Partial<TeamDraft>) => ctx.store.set((s) => ({ team: { ...s.team, ...change } }));
  const home = level.sides[side].domesticWeights;
  const homeTotal = level.issues.reduce((s, i) => s + (home[i.id] ?? 0), 0) || 1;
  const publicCares = level.issues.map((i) => ({ label: i.label, share: (home[i.id] ?? 0) / homeTotal })).sort((a, b) => b.share - a.share).slice(0, 3);
  const submit = (e: Event) => {
    e.preventDefault();
    const now = ctx.store.get().team;
    if (!now.verdict) { setTeam({ why: 'chooseFirst' }); return; }
    if (now.verdict === 'counter') {
      if (!changesSomething(level, hs.proposal, now.counter)) {
        // To the first term, just below the message, where the team can start changing things.
        ctx.focusAfter('.counter-picker input[type=radio]:checked');
        setTeam({ why: 'sameAsTabled' });
        return;
      }
      ctx.send({ type: 'TEAM_ANSWER', answer: { verdict: 'counter', counter: { ...now.counter } }, reason: now.reason });
    } else {
      ctx.send({ type: 'TEAM_ANSWER', answer: now.verdict, reason: now.reason });
    }
  };
  const radio = (v: TeamVerdict, label: string) => html`<div class="choice">
    <input type="radio" name="team-verdict" id=${`team-${v}`} .value=${v} .checked=${live(draft.verdict === v)}
      aria-controls=${v === 'counter' ? 'team-counter' : nothing} aria-describedby=${v === 'counter' ? 'team-counter-help' : nothing}
      @change=${() => setTeam({ verdict: v, why: null })}>
    <label for=${`team-${v}`}>${label}</label>
  </div>`;
  return frame(html`
    <p class="eyebrow">${t('classroom.hotseat.answer.eyebrow', { side: name })}</p>
    ${screenHeading(t('classroom.hotseat.answer.title', { side: name }), 'hotseat-title')}
    <p>${t('classroom.hotseat.answer.intro', { side: name })}</p>
    <h2>${t('classroom.hotseat.answer.package')}</h2>
    ${packageList(level, hs.proposal, t('classroom.hotseat.answer.package'))}
    <h2>${t('classroom.hotseat.answer.matters', { side: name })}</h2>
    <ol class="priorities-list" aria-label=${t('classroom.hotseat.answer.priorities', { side: name })}>${priorities(level, side).map((i) => html`<li>${shareText(i)}</li>`)}</ol>
    <p class="help">${t('classroom.hotseat.answer.publicCares', { side: name, items: publicCares.map(shareText).join(t('classroom.separator')) })}</p>
    <form aria-label=${t('classroom.hotseat.answer.form', { side: name })} novalidate @submit=${submit}>
      <fieldset class="verdict-choice" aria-describedby="team-why">
        <legend>${t('classroom.hotseat.answer.legend')}</legend>
        ${radio('accept', t('classroom.hotseat.answer.accept'))}${radio('reject', t('classroom.hotseat.answer.reject'))}${radio('counter', t('classroom.hotseat.answer.counter'))}
      </fieldset>
      <p class="why" id="team-why" role="status">${draft.why === 'chooseFirst' ? t('classroom.hotseat.answer.chooseFirst') : ''}</p>
      <section class="counter-picker" id="team-counter" aria-labelledby="team-counter-title" ?hidden=${draft.verdict !== 'counter'}>
        <h2 id="team-counter-title">${t('classroom.hotseat.answer.counterTitle')}</h2>
        <p class="help" id="team-counter-help">${t('classroom.hotseat.answer.counterHelp', { side: name })}</p>
        <p class="why" role="status">${draft.why === 'sameAsTabled' ? t('classroom.hotseat.answer.sameAsTabled') : ''}</p>
        <div class="counter-terms">${repeat(level.issues, (i) => i.id, (i) => counterIssue(i, hs.proposal, draft.counter,
          (option) => ctx.store.set((s) => ({ team: { ...s.team, counter: { ...s.team.counter, [i.id]: option }, why: null } }))))}</div>
      </section>
      <label for="team-reason">${t('classroom.hotseat.answer.reason')}</label>
      <textarea id="team-reason" name="reason" rows="3" .value=${live(draft.reason)}
        @input=${(e: Event) => setTeam({ reason: (e.target as HTMLTextAreaElement).value })}></textarea>
      <div class="button-row"><button type="submit" class="primary">${t(draft.verdict === 'counter' ? 'classroom.hotseat.answer.sendCounter' : 'classroom.hotseat.answer.submit')}</button></div>
    </form>`);
}

function giveBack(ctx: ScreenContext): TemplateResult {
  return frame(html`
    ${screenHeading(t('classroom.hotseat.giveBack.title'), 'hotseat-title')}
    <p class="handover-note">${t('classroom.hotseat.giveBack.note')}</p>
    <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'SHOW_ANSWERS' })}>${t('classroom.hotseat.giveBack.show')}</button></div>`);
}

/** The hot-seat screen while a package waits for the teams, or null to show the envoy's table. */
export function hotseatScreen(ctx: ScreenContext, level: Level): TemplateResult | null {
  const hs = ctx.vm.hotseat;
  if (!hs) return null;
  if (hs.stage === 'handover') return handover(ctx, level, hs);
  if (hs.stage === 'answering') return answerForm(ctx, level, hs);
  return giveBack(ctx);
}
