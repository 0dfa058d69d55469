// The solo debrief's ending for a class table (`vm.remote`): no Play again, Next scenario or Main
// menu (the game belongs to the class server, not to this device), a line saying the teacher shows
// every table together, and, when the session ended before the table's game did, its timeline so far
// and what really happened.

import type { Level } from '../../sim/level';
import type { RoundReport } from '../../sim/state';
import type { ScreenContext } from '../context';
import { h, heading } from '../dom';
import { t } from '../../i18n/i18n';
import { factList } from './briefing';

/** The closing line of a class table's debrief, in place of the solo game's buttons. */
export function remoteDebriefEnd(): HTMLElement {
  return h('p', { class: 'panel remote-debrief-note', text: t('class.remoteTable.debriefNote') });
}

/**
 * The debrief of a class table whose session ended before its game: what it did round by round.
 * `line` words one round (the debrief's own timeline line, passed in to keep imports one way).
 */
export function remoteUnfinished(ctx: ScreenContext, line: (level: Level, r: RoundReport) => string): HTMLElement {
  const { level, game } = ctx.vm;
  return h('section', { class: 'screen screen-debrief panel', 'aria-labelledby': 'debrief-title' },
    heading(1, t('debrief.title'), 'debrief-title'),
    h('p', { text: t('class.remoteTable.unfinished') }),
    level && game && game.reports.length > 0
      ? h('section', { 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title', text: t('debrief.timeline.title') }),
        h('ol', { class: 'timeline' }, ...game.reports.map((r) => h('li', { text: line(level, r) }))))
      : null,
    level ? h('section', { 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title', text: t('debrief.history.title') }),
      factList(level, level.debrief)) : null,
    remoteDebriefEnd());
}
