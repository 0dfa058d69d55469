// The news ticker: the last round's incidents as short wire items, scrolling gently across the top
// of the round screens (still, as a plain list, with the reduce-motion setting; paused on hover).
// Screen readers get the same items once, as a list; the scrolling copy is decorative.

import { html, nothing, type TemplateResult } from 'lit-html';
import { styleProps } from '../style-props';
import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { roundName } from './top-bar';
import { incidentLine } from '../say';
import { t } from '../../i18n/i18n';

/** The ticker's items: "Day 2 · text", newest round first; a quiet line when nothing happened. */
export function tickerItems(level: Level, game: GameState): string[] {
  const report = game.reports[game.reports.length - 1];
  if (!report) return [t('play.ticker.arrives', { title: level.title })];
  const round = roundName(level, report.round);
  if (report.incidents.length === 0) return [t('play.ticker.quiet', { round })];
  return report.incidents.map((i) => t('play.ticker.item', { round, text: incidentLine(level, i) }));
}

/** The ticker strip. */
export function renderTicker(level: Level, game: GameState): TemplateResult {
  const items = tickerItems(level, game);
  const list = (hidden: boolean) => html`<ul class="ticker-list" aria-hidden=${hidden ? 'true' : nothing}>${items.map((x) => html`<li>${x}</li>`)}</ul>`;
  // The track holds the list twice so the scroll loops without a gap; the copy is hidden.
  const seconds = Math.max(18, Math.round(items.join(' ').length / 9));
  return html`<section class="ticker" aria-label=${t('play.ticker.label')}>
    <span class="ticker-label">${t('play.ticker.label')}</span>
    <div class="ticker-window"><div class="ticker-track" ${styleProps({ '--ticker-duration': `${seconds}s` })}>${list(false)}${list(true)}</div></div>
  </section>`;
}
