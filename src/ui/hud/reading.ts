// The delegations' readings on the acting screen: what a side says when the mediator asks (for one
// capital, or free when it trusts the mediator). Numbers from the model, in plain words.

import { FREE_READING_TRUST } from '../../sim/catalog';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { delegationReading, type Fear } from '../../sim/negotiation/reading';
import { h } from '../dom';
import { pct, sideName } from '../format';
import { t } from '../../i18n/i18n';

/** A fear in words (`play.reading.fear.*`), read at render time. */
function fear(f: Fear): string {
  return t(`play.reading.fear.${f}`);
}

/** Whether the mediator holds this side's reading this round (asked, or given freely). */
export function hasReading(game: GameState, side: SideId): boolean {
  return game.consulted.includes(side) || game.sides[side].trustMediator >= FREE_READING_TRUST;
}

/** One side's reading as a short description list. */
function readingCard(level: Level, game: GameState, side: SideId): HTMLElement {
  const r = delegationReading(level, game, side);
  const label = (issue: string, option: string) => {
    const def = level.issues.find((i) => i.id === issue);
    return t('play.reading.need', { issue: def?.label ?? issue, option: def?.options.find((o) => o.id === option)?.label ?? option });
  };
  const title = t('play.reading.title', { side: sideName(level, side) });
  return h('article', { class: 'reading', 'aria-label': title },
    h('h3', { text: title }),
    h('p', { text: t('play.reading.numbers', { readiness: pct(r.readiness), target: pct(r.target), reservation: pct(r.reservation), ratification: pct(r.ratification) }) }),
    h('p', { class: 'reading-needs', text: t('play.reading.needs', { needs: r.needs.map((n) => label(n.issue, n.option)).join('; ') }) }),
    h('p', { class: 'reading-fears', text: r.fears.length ? t('play.reading.fears', { fears: r.fears.map(fear).join('; ') }) : t('play.reading.noFear') }),
  );
}

/** The readings the mediator holds this round, or a line saying how to get them; nothing when the scenario offers neither. */
export function renderReadings(level: Level, game: GameState): HTMLElement | null {
  const held = SIDES.filter((s) => hasReading(game, s));
  if (held.length === 0 && level.levers && !level.levers.includes('consult')) return null;
  return h('section', { class: 'readings panel', 'aria-labelledby': 'readings-title' },
    h('h2', { id: 'readings-title', text: t('play.reading.heading') }),
    held.length === 0
      ? h('p', { class: 'help', text: t('play.reading.howTo', { trust: pct(FREE_READING_TRUST) }) })
      : h('div', { class: 'reading-list' }, ...held.map((s) => readingCard(level, game, s))),
  );
}
