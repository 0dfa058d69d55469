// The briefing: the scenario's title, date and a few dated, sourced facts (at most about 120 words),
// "More detail" on demand with the rest, the glossary and outside actors, then Begin. With the
// sensitivity setting on, a content note comes first.

import type { Fact, Level } from '../../sim/level';
import { html, type TemplateResult } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import { h } from '../dom';
import { screenHeading } from './heading';
import { checkOffer } from '../check-offer';
import type { ScreenContext } from '../context';
import { date, sourceDate } from '../format';
import { actorList, contentNoteBox, glossaryList, splitBriefing } from '../briefing-parts';
import { isSensitive } from '../preferences';
import { language, t } from '../../i18n/i18n';

/** "Reported 10 Dec 2025 · Reuters" for a fact, or null when it carries neither. */
export function factCredit(level: Level, fact: Fact): string | null {
  const source = fact.source ? level.sources.find((s) => s.id === fact.source) : undefined;
  // The date a figure was reported is the source's date; a fact without a source shows its own date.
  const reported = source?.date ?? fact.date;
  // A published source's date also gives the Gregorian year printed on it where the language counts years otherwise.
  const when = reported && (source ? sourceDate(reported) : date(reported));
  const parts = [when && t('menu.briefing.reported', { date: when }), source?.publisher].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** A list of facts, each with its date and its source's publisher. */
export function factList(level: Level, facts: Fact[]): HTMLElement {
  return h('ul', { class: 'facts' }, ...facts.map((f) => {
    const credit = factCredit(level, f);
    return h('li', {}, h('p', { text: f.text }), credit && h('p', { class: 'credit', text: credit }));
  }));
}

/** Briefing screen with a Begin button; "More detail" stays open across snapshots and a change of language. */
export function renderBriefing(ctx: ScreenContext): TemplateResult {
  const level = ctx.vm.level;
  if (!level) return html`<section class="screen panel"><p>${t('menu.briefing.noScenario')}</p></section>`;
  const lang = language();
  const sensitive = isSensitive();
  const { first, more } = splitBriefing(level);
  // The parts drawn as plain elements are made again only when the scenario or the language changes.
  const parts = (key: string, make: () => unknown) => guard([level, lang, sensitive, key], make);
  const extra = [more.length > 0 && factList(level, more), glossaryList(level), actorList(level)].filter((x) => x instanceof HTMLElement);
  return html`<section class="screen screen-briefing panel" aria-labelledby="briefing-title">
    <p class="eyebrow">${t('menu.briefing.eyebrow')}</p>
    ${screenHeading(level.title, 'briefing-title')}
    ${sensitive ? parts('note', () => contentNoteBox(level)) : null}
    <p class="dateline">${date(level.date)}</p>
    <p class="lede">${level.summary}</p>
    ${parts('facts', () => factList(level, first))}
    ${extra.length > 0 ? html`<details class="more-detail"><summary>${t('menu.briefing.moreDetail')}</summary>${parts('extra', () => extra)}</details>` : null}
    <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'BEGIN' })}>${t('menu.briefing.begin')}</button></div>
    ${checkOffer(ctx)}
  </section>`;
}
