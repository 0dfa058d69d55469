// The briefing: the scenario's title, date and a few dated, sourced facts (at most about 120 words),
// "More detail" on demand with the rest, the glossary and outside actors, then Begin. With the
// sensitivity setting on, a content note comes first.

import type { Fact, Level } from '../../sim/level';
import { button, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { date, sourceDate } from '../format';
import { actorList, contentNoteBox, glossaryList, splitBriefing } from '../briefing-parts';
import { isSensitive } from '../preferences';
import { t } from '../../i18n/i18n';

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

/** Briefing screen with a Begin button. */
export function renderBriefing(ctx: ScreenContext): HTMLElement {
  const level = ctx.vm.level;
  if (!level) return h('section', { class: 'screen panel' }, h('p', { text: t('menu.briefing.noScenario') }));
  const { first, more } = splitBriefing(level);
  const extra = [more.length > 0 && factList(level, more), glossaryList(level), actorList(level)].filter((x) => x instanceof HTMLElement);
  return h('section', { class: 'screen screen-briefing panel', 'aria-labelledby': 'briefing-title' },
    h('p', { class: 'eyebrow', text: t('menu.briefing.eyebrow') }),
    heading(1, level.title, 'briefing-title'),
    isSensitive() && contentNoteBox(level),
    h('p', { class: 'dateline', text: date(level.date) }),
    h('p', { class: 'lede', text: level.summary }),
    factList(level, first),
    extra.length > 0 && h('details', { class: 'more-detail', 'data-key': 'more-detail' },
      h('summary', { text: t('menu.briefing.moreDetail') }), ...extra),
    h('div', { class: 'button-row' },
      button(t('menu.briefing.begin'), () => ctx.send({ type: 'BEGIN' }), { class: 'primary', 'data-focus': 'begin' })),
  );
}
