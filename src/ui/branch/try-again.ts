// The debrief's "Try again from any day" panel: one button per day the game played. Pressing one
// sends TRY_AGAIN; the app machine starts the new game (same seed, the decisions before that day)
// and the player decides again from there.

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { branchDays } from '../../sim/branch-log';
import { button, h } from '../dom';
import type { ScreenContext } from '../context';
import { roundName } from '../say';
import { t } from '../../i18n/i18n';
import './branch.css';

/** The panel with a "Try again from day N" button for every day of `game`. */
export function tryAgainPanel(ctx: ScreenContext, level: Level, game: GameState): HTMLElement {
  const days = branchDays(game);
  return h('section', { class: 'panel try-again', 'aria-labelledby': 'try-again-title' },
    h('h2', { id: 'try-again-title', text: t('debrief.branch.tryAgain.title') }),
    h('p', { id: 'try-again-help', class: 'help', text: t('debrief.branch.tryAgain.help') }),
    h('ul', { class: 'try-again-days', 'aria-describedby': 'try-again-help' }, ...days.map((round) => h('li', {},
      button(t('debrief.branch.tryAgain.day', { day: roundName(level, round) }), () => ctx.send({ type: 'TRY_AGAIN', round }), { 'data-focus': `try-again-${round}` })))),
  );
}
