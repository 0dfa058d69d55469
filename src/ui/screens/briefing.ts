// The briefing: the scenario's title, date and a few dated, sourced facts, then Begin.

import type { Fact, Level } from '../../sim/level';
import { button, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { date } from '../format';

/** "Reported 10 Dec 2025 · Reuters" for a fact, or null when it carries neither. */
export function factCredit(level: Level, fact: Fact): string | null {
  const source = fact.source ? level.sources.find((s) => s.id === fact.source) : undefined;
  const parts = [fact.date && `Reported ${date(fact.date)}`, source?.publisher].filter(Boolean);
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
  if (!level) return h('section', { class: 'screen panel' }, h('p', { text: 'No scenario loaded.' }));
  return h('section', { class: 'screen screen-briefing panel', 'aria-labelledby': 'briefing-title' },
    h('p', { class: 'eyebrow', text: 'Briefing' }),
    heading(1, level.title, 'briefing-title'),
    h('p', { class: 'dateline', text: date(level.date) }),
    h('p', { class: 'lede', text: level.summary }),
    factList(level, level.briefing),
    h('div', { class: 'button-row' },
      button('Begin', () => ctx.send({ type: 'BEGIN' }), { class: 'primary', 'data-focus': 'begin' })),
  );
}
