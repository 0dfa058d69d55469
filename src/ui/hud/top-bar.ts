// The strip above the table while playing: which round of how many, political capital left, and
// the ceasefire's state in words, and the Pause button (Esc or P do the same).

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { button, h } from '../dom';
import { requestPause } from '../pause';
import { ceasefireWords } from '../format';

/** "Day 3" from the scenario's round label. */
export function roundName(level: Level, round: number): string {
  return `${level.roundLabel.charAt(0).toUpperCase()}${level.roundLabel.slice(1)} ${round}`;
}

/** "Day 3 of 8" from the scenario's round label. */
export function roundWords(level: Level, round: number, max: number): string {
  return `${roundName(level, round)} of ${max}`;
}

/** The top bar: scenario, round, capital and ceasefire, as a labelled list. */
export function renderTopBar(level: Level, game: GameState): HTMLElement {
  const item = (label: string, value: string, cls: string) =>
    h('div', { class: `stat ${cls}` }, h('dt', { text: label }), h('dd', { text: value }));
  return h('header', { class: 'top-bar', 'aria-label': 'Game status' },
    h('p', { class: 'top-title', text: level.title }),
    h('dl', {},
      item('Round', roundWords(level, game.round, game.maxRounds), 'stat-round'),
      item('Political capital', `${game.capital} left`, 'stat-capital'),
      item('Ceasefire', ceasefireWords(game.ceasefire, game.heldRounds, level.roundLabel), `stat-ceasefire cf-${game.ceasefire}`),
    ),
    button('Pause', () => requestPause(), { class: 'pause-button', 'aria-keyshortcuts': 'Escape P', 'data-focus': 'pause' }),
  );
}
