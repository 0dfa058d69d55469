// The proposal builder: one radio group per open issue (a fieldset whose legend is the issue),
// preselected from the last counter-offer, with each side's priorities once the player has asked
// for them; then "Table this package" or "End round without a proposal". The terms picked so far
// are the UI store's draft; rendering only reads it.

import { PROPOSE_COST } from '../../sim/catalog';
import { SIDES, type IssueDef, type Level } from '../../sim/level';
import type { GameState, Proposal } from '../../sim/state';
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ScreenContext } from '../context';
import { pct, sideName } from '../format';
import { lastReport } from './meters';
import { packageList } from './package-list';
import { proposalLock } from './actions';
import type { LegalMove } from '../../sim/legal-moves';
import { missingIssues } from '../../sim/refuse';
import { tablesOf, weightsIn } from '../../sim/negotiation/tables';
import { t } from '../../i18n/i18n';

/** The last counter-offer made, from this round's answers or else the last report's. */
export function lastCounter(game: GameState): Proposal | null {
  const answers = game.answers.length > 0 ? game.answers : (lastReport(game)?.answers ?? []);
  return answers.find((a) => a.counter)?.counter ?? null;
}

/** The terms shown as chosen: the player's draft (the store starts it from the last package each round). */
export function startingTerms(ctx: ScreenContext): Proposal {
  return ctx.ui.draft;
}

/**
 * How much an issue matters to a side: its weight normalised over the open issues, by its own
 * numbers in this game when one is given (asking for priorities is how a mediator learns them).
 */
export function priority(level: Level, side: 'th' | 'kh', issue: IssueDef, game: GameState | null = null): number {
  const tables = tablesOf(level);
  const i = level.issues.indexOf(issue);
  return i < 0 ? 0 : weightsIn(tables, game, side).table[i]!;
}

function fieldset(ctx: ScreenContext, level: Level, game: GameState, issue: IssueDef, terms: Proposal): TemplateResult {
  const helpId = `help-${issue.id}`;
  const missing = ctx.ui.missing.includes(issue.id);
  const share = 1 / level.issues.length;
  const word = (p: number) => t(`play.proposal.priority.${p >= share * 1.4 ? 'high' : p <= share * 0.7 ? 'low' : 'medium'}`);
  const priorities = game.prioritiesKnown ? html`<p class="priorities">${t('play.proposal.mattersTo', {
    sides: SIDES.map((s) => t('play.proposal.priorityItem', {
      side: sideName(level, s), weight: word(priority(level, s, issue, game)), share: pct(priority(level, s, issue, game)),
    })).join(' · '),
  })}</p>` : null;
  const choose = (option: string) => ctx.store.set((s) => ({
    draft: { ...s.draft, [issue.id]: option },
    missing: s.missing.filter((m) => m !== issue.id),
  }));
  return html`<fieldset class="issue${missing ? ' missing' : ''}" aria-describedby=${helpId} data-issue=${issue.id}>
    <legend>${issue.label}</legend>
    <p class="help" id=${helpId}>${missing ? t('play.proposal.helpMissing', { help: issue.help }) : issue.help}</p>
    ${priorities}
    <div class="options">${repeat(issue.options, (o) => o.id, (o) => {
      const id = `opt-${issue.id}-${o.id}`;
      return html`<div class="choice">
        <input type="radio" name=${`issue-${issue.id}`} id=${id} .value=${o.id} .checked=${live(terms[issue.id] === o.id)}
          @change=${() => choose(o.id)}>
        <label for=${id}>${o.label}</label>
      </div>`;
    })}</div>
  </fieldset>`;
}

/**
 * Tables the draft, or, when issues are still open, marks them and moves focus to the first of
 * them (the builder's own button and the class vote both do this).
 */
export function tableDraft(ctx: ScreenContext, level: Level): void {
  const draft = ctx.store.get().draft;
  const missing = missingIssues(level, draft);
  const first = missing[0];
  if (first === undefined) {
    ctx.send({ type: 'PROPOSE', proposal: { ...draft } });
    return;
  }
  ctx.focusAfter(`input[name="issue-${CSS.escape(first)}"]`);
  ctx.store.set({ missing });
}

/** The proposal builder form for the acting screen. */
export function renderProposal(ctx: ScreenContext, level: Level, game: GameState, moves: readonly LegalMove[]): TemplateResult {
  if (game.accord) return renderAccord(ctx, level, game.accord);
  const terms = startingTerms(ctx);
  const why = proposalLock(level, moves);
  const whyId = 'propose-why';
  const submit = (e: Event) => {
    e.preventDefault();
    if (!why) tableDraft(ctx, level);
  };
  const missing = ctx.ui.missing;
  return html`<form class="proposal panel" aria-labelledby="proposal-title" novalidate @submit=${submit}>
    <h2 id="proposal-title">${t('play.proposal.title')}</h2>
    <p class="help">${t('play.proposal.help', { cost: PROPOSE_COST })}</p>
    ${counterButtons(ctx, level, game)}
    ${repeat(level.issues, (i) => i.id, (i) => fieldset(ctx, level, game, i, terms))}
    ${missing.length > 0 ? html`<p class="why" role="status">${t('play.proposal.missing', { issues: level.issues.filter((i) => missing.includes(i.id)).map((i) => i.label).join(', ') })}</p>` : null}
    ${why ? html`<p class="why" id=${whyId}>${why}</p>` : null}
    <div class="button-row">
      <button type="submit" class="primary" aria-disabled=${why ? 'true' : nothing} aria-describedby=${why ? whyId : nothing}>${t('play.proposal.table')}</button>
      <button type="button" @click=${() => ctx.send({ type: 'END_ROUND' })}>${t('play.proposal.endRound')}</button>
    </div>
  </form>`;
}

/** Once an accord is signed there is nothing to table: show its terms, and the way to end the round. */
function renderAccord(ctx: ScreenContext, level: Level, accord: Proposal): TemplateResult {
  return html`<section class="proposal panel" aria-labelledby="proposal-title">
    <h2 id="proposal-title">${t('play.proposal.accordTitle')}</h2>
    <p class="help">${t('play.proposal.accordHelp')}</p>
    ${packageList(level, accord, t('play.proposal.accordTitle'))}
    <div class="button-row">
      <button type="button" class="primary" @click=${() => ctx.send({ type: 'END_ROUND' })}>${t('play.proposal.endRound')}</button>
    </div>
  </section>`;
}

/** "Start from Thailand's counter-offer" and the like, for the counters of the last answers. */
function counterButtons(ctx: ScreenContext, level: Level, game: GameState): TemplateResult | null {
  const answers = game.answers.length > 0 ? game.answers : (lastReport(game)?.answers ?? []);
  const counters = answers.filter((a) => a.counter);
  if (counters.length === 0) return null;
  return html`<div class="button-row counter-picks">${repeat(counters, (a) => a.side, (a) => html`<button type="button"
    @click=${() => ctx.store.set({ draft: { ...a.counter! }, missing: [] })}>${t('play.proposal.startFrom', { side: sideName(level, a.side) })}</button>`)}</div>`;
}
