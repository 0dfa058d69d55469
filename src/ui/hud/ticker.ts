// The news ticker: the last round's incidents as short wire items, scrolling gently across the top
// of the round screens (still, as a plain list, with the reduce-motion setting; paused on hover).
// Screen readers get the same items once, as a list; the scrolling copy is decorative.

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { h } from '../dom';
import { roundName } from './top-bar';

/** The ticker's items: "Day 2 · text", newest round first; a quiet line when nothing happened. */
export function tickerItems(level: Level, game: GameState): string[] {
  const report = game.reports[game.reports.length - 1];
  if (!report) return [`${level.title}: the mediator arrives. Both capitals are watching.`];
  if (report.incidents.length === 0) return [`${roundName(level, report.round)} · No incidents reported along the border.`];
  return report.incidents.map((i) => `${roundName(level, report.round)} · ${i.text}`);
}

/** The ticker strip. */
export function renderTicker(level: Level, game: GameState): HTMLElement {
  const items = tickerItems(level, game);
  const list = (hidden: boolean) => h('ul', { class: 'ticker-list', 'aria-hidden': hidden ? 'true' : null },
    ...items.map((t) => h('li', { text: t })));
  // The track holds the list twice so the scroll loops without a gap; the copy is hidden.
  const seconds = Math.max(18, Math.round(items.join(' ').length / 9));
  return h('section', { class: 'ticker', 'aria-label': 'News' },
    h('span', { class: 'ticker-label', text: 'News' }),
    h('div', { class: 'ticker-window' },
      h('div', { class: 'ticker-track', style: `--ticker-duration:${seconds}s` }, list(false), list(true))),
  );
}
