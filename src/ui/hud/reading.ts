// The delegations' readings on the acting screen: what a side says when the mediator asks (for one
// capital, or free when it trusts the mediator). Numbers from the model, in plain words.

import { FREE_READING_TRUST } from '../../sim/catalog';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { delegationReading, type Fear } from '../../sim/negotiation/reading';
import { h } from '../dom';
import { pct, sideName } from '../format';

const FEARS: Record<Fear, string> = {
  public: 'an angry public that will not ratify concessions',
  'losing-ground': 'losing ground on the battlefield',
  mines: 'more landmine injuries on its patrols',
  strikes: 'more strikes on its side of the border',
  backlash: 'looking as if it gave in to foreign pressure',
  'bad-faith': 'that the other side will not keep its word',
  'biased-mediator': 'that you are not even-handed',
};

/** Whether the mediator holds this side's reading this round (asked, or given freely). */
export function hasReading(game: GameState, side: SideId): boolean {
  return game.consulted.includes(side) || game.sides[side].trustMediator >= FREE_READING_TRUST;
}

/** One side's reading as a short description list. */
function readingCard(level: Level, game: GameState, side: SideId): HTMLElement {
  const r = delegationReading(level, game, side);
  const label = (issue: string, option: string) => {
    const def = level.issues.find((i) => i.id === issue);
    return `${def?.label ?? issue}: ${def?.options.find((o) => o.id === option)?.label ?? option}`;
  };
  return h('article', { class: 'reading', 'aria-label': `${sideName(level, side)}'s reading` },
    h('h3', { text: `${sideName(level, side)}'s reading` }),
    h('p', { text: `Readiness to settle: ${pct(r.readiness)}. It would accept a package worth ${pct(r.target)} to it this round (at the very least ${pct(r.reservation)}), and its public needs ${pct(r.ratification)}.` }),
    h('p', { class: 'reading-needs', text: `It needs most: ${r.needs.map((n) => label(n.issue, n.option)).join('; ')}.` }),
    h('p', { class: 'reading-fears', text: r.fears.length ? `It fears ${r.fears.map((f) => FEARS[f]).join('; ')}.` : 'It voices no particular fear.' }),
  );
}

/** The readings the mediator holds this round, or a line saying how to get them; nothing when the scenario offers neither. */
export function renderReadings(level: Level, game: GameState): HTMLElement | null {
  const held = SIDES.filter((s) => hasReading(game, s));
  if (held.length === 0 && level.levers && !level.levers.includes('consult')) return null;
  return h('section', { class: 'readings panel', 'aria-labelledby': 'readings-title' },
    h('h2', { id: 'readings-title', text: 'What the delegations tell you' }),
    held.length === 0
      ? h('p', { class: 'help', text: `Ask a delegation for its reading (1 capital), or earn its trust: at ${pct(FREE_READING_TRUST)} trust it tells you freely.` })
      : h('div', { class: 'reading-list' }, ...held.map((s) => readingCard(level, game, s))),
  );
}
