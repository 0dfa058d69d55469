// The player at one delegation's chair: what its government knows (the delegation's view from the
// sim, never the other side's numbers), its own levers, the envoy's package to accept, reject or
// counter, both answers, and the round's news. Drawn from `vm.seat`; every choice is an event to
// the seat round machine.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { IssueId, Level, SideId } from '../../sim/level';
import type { GameState, Proposal } from '../../sim/state';
import type { SeatPlayView } from '../../machines/view-model';
import { delegationView, type DelegationView, type SeenAnswer } from '../../sim/seats/view';
import { delegationMoves } from '../../sim/seats/moves';
import { otherSide } from '../../sim/side-effects';
import type { ScreenContext } from '../context';
import type { TeamDraft } from '../store';
import { count, sideName, ceasefireWords } from '../format';
import { packageList } from '../hud/package-list';
import { issueLabel, optionLabel, verdictWords } from '../explain';
import { incidentLine, percent, say } from '../say';
import { roundName } from '../hud/top-bar';
import { noGame, screenHeading } from './play';
import { t } from '../../i18n/i18n';
import './seat.css';

const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value}</dd>`;

/** The government's own state, its needs, and what it knows of the other side. */
function knowledge(level: Level, v: DelegationView): TemplateResult {
  const other = sideName(level, otherSide(v.seat));
  const guess = Object.entries(v.other.estimatedWeights).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).slice(0, 3);
  return html`<div class="seat-grid">
    <section class="panel" aria-labelledby="seat-gov">
      <h2 id="seat-gov">${t('seat.play.government')}</h2>
      <dl class="seat-facts">
        ${row(t('seat.play.mood'), t('seat.play.moodValue', { pct: percent(v.own.pressure) }))}
        ${row(t('seat.play.walkAway'), percent(v.own.reservation))}
        ${row(t('seat.play.aim'), percent(v.own.target))}
        ${row(t('seat.play.threshold'), percent(v.own.ratification))}
        ${row(t('seat.play.trustEnvoy'), percent(v.own.trustMediator))}
        ${row(t('seat.play.trustOther', { other }), percent(v.own.trustOther))}
      </dl>
      <h3>${t('seat.play.needs')}</h3>
      <ol class="seat-needs">${v.own.needs.map((n) => html`<li>${issueLabel(level, n.issue)}: ${optionLabel(level, n.issue, n.option)} (${percent(n.weight)})</li>`)}</ol>
    </section>
    <section class="panel" aria-labelledby="seat-other">
      <h2 id="seat-other">${t('seat.play.otherTitle', { other })}</h2>
      <p>${t('seat.play.otherGuess', { other })}</p>
      <ol class="seat-needs">${guess.map(([issue, w]) => html`<li>${issueLabel(level, issue as IssueId)} (${percent(w ?? 0)})</li>`)}</ol>
      ${v.other.lastCounter ? html`<h3>${t('seat.play.otherCounter', { other })}</h3>${packageList(level, v.other.lastCounter, t('seat.play.otherCounter', { other }))}` : nothing}
    </section>
    <section class="panel" aria-labelledby="seat-world">
      <h2 id="seat-world">${t('seat.play.situation')}</h2>
      <dl class="seat-facts">
        ${row(t('seat.play.livesLost'), count(v.world.livesLost))}
        ${row(t('seat.play.displaced'), count(v.world.displaced))}
        ${row(t('seat.play.ceasefire'), ceasefireWords(v.world.ceasefire, v.world.heldRounds, level.roundLabel))}
        ${row(t('seat.play.observers'), v.world.measures.observers ? t('seat.play.yes') : t('seat.play.no'))}
      </dl>
    </section>
  </div>`;
}

/** The delegation's levers, each a button with its help; a closed one says why. */
function levers(ctx: ScreenContext, level: Level, game: GameState, side: SideId): TemplateResult {
  const moves = delegationMoves(level, game, side);
  return html`<section class="panel seat-levers" aria-labelledby="seat-levers-title">
    <h2 id="seat-levers-title">${t('seat.play.levers')}</h2>
    <ul class="seat-lever-list">${repeat(moves, (m) => `${m.type}-${m.tone ?? ''}`, (m) => {
      const id = `seat-lever-${m.type}${m.tone ? `-${m.tone}` : ''}`;
      const label = m.tone ? t(`seat.lever.${m.tone}`) : t(`seat.lever.${m.type}.label`);
      return html`<li>
        <button type="button" id=${id} aria-describedby=${`${id}-help`} ?disabled=${m.refusal !== null}
          @click=${() => ctx.send({ type: 'SEAT_ACT', action: m.action })}>${label}</button>
        <span class="help" id=${`${id}-help`}>${m.refusal ? say(level, m.refusal) : m.tone ? t(`seat.lever.${m.tone}Help`) : t(`seat.lever.${m.type}.description`)}</span>
      </li>`;
    })}</ul>
  </section>`;
}

/** The seat's own turn: what it knows, its levers, then the floor to the envoy. */
function ownTurn(ctx: ScreenContext, level: Level, game: GameState, v: DelegationView): TemplateResult {
  return html`${knowledge(level, v)}${levers(ctx, level, game, v.seat)}
    <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'SEAT_READY' })}>${t('seat.play.ready')}</button></div>`;
}

/** One issue of the counter-offer: a radio group starting from the envoy's term. */
function counterIssue(level: Level, issue: Level['issues'][number], tabled: Proposal, counter: Proposal, onPick: (option: string) => void): TemplateResult {
  return html`<fieldset class="issue counter-issue" data-issue=${issue.id}>
    <legend>${issue.label}</legend>
    <div class="options">${repeat(issue.options, (o) => o.id, (o) => {
      const id = `seat-counter-${issue.id}-${o.id}`;
      return html`<div class="choice">
        <input type="radio" name=${`seat-counter-${issue.id}`} id=${id} .value=${o.id} .checked=${live(counter[issue.id] === o.id)} @change=${() => onPick(o.id)}>
        <label for=${id}>${tabled[issue.id] === o.id ? t('seat.play.envoyTerm', { option: o.label }) : o.label}</label>
      </div>`;
    })}</div>
  </fieldset>`;
}

/** The envoy's package, how this government weighs it, and the answer form. */
function answerForm(ctx: ScreenContext, level: Level, v: DelegationView, pending: Proposal): TemplateResult {
  const game = ctx.vm.game!;
  const a = delegationView(level, { ...game, tabled: pending }, v.seat).table.assessment!;
  // The draft is kept in the UI store's team answer, with no team (hot-seat resets a team's draft).
  const draft: TeamDraft = ctx.ui.team.side === null && Object.keys(ctx.ui.team.counter).length ? ctx.ui.team : { ...ctx.ui.team, counter: { ...pending } };
  const set = (change: Partial<TeamDraft>) => ctx.store.set((s) => ({ team: { ...(s.team.side === null && Object.keys(s.team.counter).length ? s.team : { ...s.team, counter: { ...pending } }), ...change, side: null } }));
  const submit = (e: Event) => {
    e.preventDefault();
    const now = draft;
    if (!now.verdict) { set({ why: 'chooseFirst' }); return; }
    if (now.verdict === 'counter') {
      if (!level.issues.some((i) => now.counter[i.id] !== pending[i.id])) { set({ why: 'sameAsTabled' }); return; }
      ctx.store.set({ team: { side: null, verdict: null, counter: {}, reason: '', why: null } });
      ctx.send({ type: 'SEAT_ANSWER', answer: { verdict: 'counter', counter: { ...now.counter } } });
    } else {
      ctx.store.set({ team: { side: null, verdict: null, counter: {}, reason: '', why: null } });
      ctx.send({ type: 'SEAT_ANSWER', answer: now.verdict });
    }
  };
  const radio = (verdict: 'accept' | 'reject' | 'counter') => html`<div class="choice">
    <input type="radio" name="seat-verdict" id=${`seat-${verdict}`} .value=${verdict} .checked=${live(draft.verdict === verdict)}
      @change=${() => set({ verdict, why: null })}>
    <label for=${`seat-${verdict}`}>${t(`seat.play.${verdict}`)}</label>
  </div>`;
  return html`<div class="panel">
    ${packageList(level, pending, t('seat.play.answerLegend'))}
    <p class="seat-weigh">${t('seat.play.weigh', { utility: percent(a.utility), aim: percent(v.own.target), domestic: percent(a.domestic), threshold: percent(v.own.ratification) })}</p>
    <form class="seat-answer" aria-label=${t('seat.play.answerLegend')} novalidate @submit=${submit}>
      <fieldset class="verdict-choice" aria-describedby="seat-why">
        <legend>${t('seat.play.answerLegend')}</legend>
        ${radio('accept')}${radio('reject')}${radio('counter')}
      </fieldset>
      <p class="why" id="seat-why" role="status">${draft.why === 'chooseFirst' ? t('seat.play.chooseFirst') : draft.why === 'sameAsTabled' ? t('seat.play.sameAsTabled') : ''}</p>
      <section class="counter-picker" aria-labelledby="seat-counter-title" ?hidden=${draft.verdict !== 'counter'}>
        <h2 id="seat-counter-title">${t('seat.play.counterTitle')}</h2>
        <p class="help">${t('seat.play.counterHelp')}</p>
        <div class="counter-terms">${repeat(level.issues, (i) => i.id, (i) => counterIssue(level, i, pending, draft.counter, (option) => set({ counter: { ...draft.counter, [i.id]: option }, why: null })))}</div>
      </section>
      <div class="button-row"><button type="submit" class="primary">${t('seat.play.send')}</button></div>
    </form></div>
    ${knowledge(level, v)}`;
}

function answerLine(level: Level, a: SeenAnswer, other: string): TemplateResult {
  const verdict = verdictWords(a.verdict);
  return html`<li>${a.whose === 'own' ? t('seat.play.yourAnswer', { verdict }) : t('seat.play.theirAnswer', { other, verdict })}
    ${a.counter ? packageList(level, a.counter, a.whose === 'own' ? t('seat.play.yourAnswer', { verdict }) : t('seat.play.theirAnswer', { other, verdict })) : nothing}</li>`;
}

/** Both answers to the package, then on. */
function answers(ctx: ScreenContext, level: Level, v: DelegationView): TemplateResult {
  const other = sideName(level, otherSide(v.seat));
  return html`<div class="panel">
    ${v.table.tabled ? packageList(level, v.table.tabled, t('seat.play.answerLegend')) : nothing}
    <ul class="seat-answers">${v.table.answers.map((a) => answerLine(level, a, other))}</ul>
    ${v.table.accord ? html`<p class="seat-signed">${t('seat.play.signed')}</p>` : nothing}
    <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'SEAT_CONTINUE' })}>${t('seat.play.continue')}</button></div></div>`;
}

/** The round's news: incidents (public), the ceasefire, then on. */
function news(ctx: ScreenContext, level: Level, game: GameState, v: DelegationView): TemplateResult {
  const report = game.reports[game.reports.length - 1];
  return html`<div class="panel">
    ${report && report.incidents.length ? html`<ul class="seat-incidents">${report.incidents.map((i) => html`<li>${incidentLine(level, i)}</li>`)}</ul>` : html`<p>${t('seat.play.noIncidents')}</p>`}
    <p>${t('seat.play.ceasefire')}: ${ceasefireWords(v.world.ceasefire, v.world.heldRounds, level.roundLabel)}</p>
    <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'SEAT_CONTINUE' })}>${t('seat.play.continue')}</button></div></div>
    ${knowledge(level, v)}`;
}

function title(level: Level, game: GameState, seat: SeatPlayView): string {
  const round = roundName(level, seat.stage === 'world' ? (game.reports[game.reports.length - 1]?.round ?? game.round) : game.round);
  switch (seat.stage) {
    case 'own': return t('seat.play.ownTitle', { round });
    case 'answering': return t('seat.play.answerTitle', { round });
    case 'responding': return t('seat.play.answersTitle', { round });
    case 'world': return t('seat.play.worldTitle', { round });
  }
}

/** The seat screen for the current stage. */
export function renderSeat(ctx: ScreenContext): TemplateResult {
  const { level, game, seat } = ctx.vm;
  if (!level || !game || !seat) return noGame();
  const v = delegationView(level, game, seat.side);
  const content = seat.stage === 'own' ? ownTurn(ctx, level, game, v)
    : seat.stage === 'answering' && seat.pending ? answerForm(ctx, level, v, seat.pending)
      : seat.stage === 'responding' ? answers(ctx, level, v)
        : news(ctx, level, game, v);
  return html`<section class=${`screen seat-screen seat-${seat.stage}`} aria-labelledby="seat-title">
    <div class="panel seat-head">
      <p class="eyebrow">${t('seat.play.eyebrow', { side: sideName(level, seat.side) })}</p>
      ${screenHeading(title(level, game, seat), 'seat-title')}
    </div>
    ${content}
  </section>`;
}
