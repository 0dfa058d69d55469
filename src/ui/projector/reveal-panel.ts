// The debrief's "What the delegations were thinking": each side's hidden priorities and, round by
// round, the numbers behind its answers (what it needed, its walk-away floor, what its public would
// ratify, and what the tabled package was worth to it). Shown only once the scenario is over.

import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { h } from '../dom';
import { sideName } from '../format';
import { percent } from '../say';
import { locale, t } from '../../i18n/i18n';
import { priorities, revealThinking, type RoundThinking } from './reveal';
import './projector.css';

function sideTable(level: Level, side: SideId, rounds: RoundThinking[]): HTMLElement {
  const name = sideName(level, side);
  const top = priorities(level, side).slice(0, 3)
    .map((p) => t('classroom.share', { label: p.label, share: percent(p.share) }))
    .join(t('classroom.separator'));
  const columns = [
    t('classroom.reveal.column.round'), t('classroom.reveal.column.needed'), t('classroom.reveal.column.floor'),
    t('classroom.reveal.column.ratify'), t('classroom.reveal.column.worth'), t('classroom.reveal.column.answer'),
  ];
  const whole = new Intl.NumberFormat(locale());
  return h('div', { class: `reveal-side side-${side}` },
    h('h3', { text: name }),
    h('p', {}, h('strong', { text: t('classroom.reveal.caredMost') }), top),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('classroom.reveal.region', { side: name }) },
      h('table', { class: 'reveal' },
        h('caption', { class: 'visually-hidden', text: t('classroom.reveal.caption', { side: name }) }),
        h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', text: c })))),
        h('tbody', {}, ...rounds.map((r) => {
          const s = r.sides[side];
          const o = s.offer;
          const verdict = o ? t(`classroom.reveal.verdict.${o.verdict}`) : '';
          return h('tr', {},
            h('th', { scope: 'row', text: whole.format(r.round) }),
            h('td', { text: percent(s.target) }),
            h('td', { text: percent(s.rv) }),
            h('td', { text: percent(s.ratification) }),
            h('td', { text: o ? t('classroom.reveal.worth', { table: percent(o.utility), home: percent(o.domestic) }) : t('classroom.reveal.noPackage') }),
            h('td', { text: o ? (o.byTeam ? t('classroom.reveal.byTeam', { verdict }) : verdict) : '–' }));
        })))));
}

/** The reveal section for a finished game. */
export function revealPanel(level: Level, game: GameState): HTMLElement {
  const rounds = revealThinking(level, game);
  return h('section', { class: 'panel reveal-panel', 'aria-labelledby': 'reveal-title' },
    h('h2', { id: 'reveal-title', text: t('classroom.reveal.title') }),
    h('p', { class: 'help', text: t('classroom.reveal.help') }),
    h('div', { class: 'reveal-grid' }, ...SIDES.map((side) => sideTable(level, side, rounds))),
  );
}
