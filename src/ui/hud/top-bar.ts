// The strip above the table while playing: which round of how many, political capital left, and
// the ceasefire's state in words, and the Pause button (Esc or P do the same; a class table is
// paused by the teacher, so it has none).

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import type { ScreenContext } from '../context';
import { ceasefireWords } from '../format';
import { t } from '../../i18n/i18n';
import { roundTitle } from '../say';

/**
 * "Day 3" from the scenario's round label: the round as a heading or list item, its first letter
 * capitalised where the script has capitals (Thai and Khmer read as given).
 */
export function roundName(level: Level, round: number): string {
  return roundTitle(level, round);
}

/** "Day 3 of 8" from the scenario's round label. */
export function roundWords(level: Level, round: number, max: number): string {
  return t('common.roundOf', { round: roundName(level, round), max });
}

/** The top bar: scenario, round, capital and ceasefire, as a labelled list. */
export function renderTopBar(ctx: ScreenContext, level: Level, game: GameState): TemplateResult {
  const item = (label: string, value: string, cls: string) =>
    html`<div class="stat ${cls}"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<header class="top-bar" aria-label=${t('play.topBar.label')}>
    <p class="top-title">${level.title}</p>
    <dl>
      ${item(t('play.topBar.round'), roundWords(level, game.round, game.maxRounds), 'stat-round')}
      ${item(t('play.topBar.capital'), t('play.topBar.capitalLeft', { capital: game.capital }), 'stat-capital')}
      ${item(t('play.topBar.ceasefire'), ceasefireWords(game.ceasefire, game.heldRounds, level.roundLabel), `stat-ceasefire cf-${game.ceasefire}`)}
    </dl>
    ${ctx.vm.remote ? nothing : html`<button type="button" class="pause-button" aria-keyshortcuts="Escape P" @click=${() => ctx.send({ type: 'PAUSE' })}>${t('play.topBar.pause')}</button>`}
  </header>`;
}
