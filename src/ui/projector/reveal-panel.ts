// The debrief's "What the delegations were thinking": each side's hidden priorities and, round by
// round, the numbers behind its answers (what it needed, its walk-away floor, what its public would
// ratify, and what the tabled package was worth to it). Shown only once the scenario is over.

import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { h } from '../dom';
import { pct, sideName } from '../format';
import { verdictWords } from '../explain';
import { priorities, revealThinking, type RoundThinking } from './reveal';
import './projector.css';

function sideTable(level: Level, side: SideId, rounds: RoundThinking[]): HTMLElement {
  const name = sideName(level, side);
  const top = priorities(level, side).slice(0, 3).map((p) => `${p.label} (${pct(p.share)})`).join(', ');
  return h('div', { class: `reveal-side side-${side}` },
    h('h3', { text: name }),
    h('p', {}, h('strong', { text: 'Cared most about: ' }), top),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${name}, round by round` },
      h('table', { class: 'reveal' },
        h('caption', { class: 'visually-hidden', text: `What ${name} was thinking, round by round` }),
        h('thead', {}, h('tr', {},
          ...['Round', 'Needed to accept', 'Walk-away floor', 'Its public would ratify', 'Package worth (table / home)', 'Answer']
            .map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, ...rounds.map((r) => {
          const s = r.sides[side];
          const o = s.offer;
          return h('tr', {},
            h('th', { scope: 'row', text: String(r.round) }),
            h('td', { text: pct(s.target) }),
            h('td', { text: pct(s.rv) }),
            h('td', { text: pct(s.ratification) }),
            h('td', { text: o ? `${pct(o.utility)} / ${pct(o.domestic)}` : 'no package' }),
            h('td', { text: o ? `${verdictWords(o.verdict)}${o.byTeam ? ' (a team)' : ''}` : '–' }));
        })))));
}

/** The reveal section for a finished game. */
export function revealPanel(level: Level, game: GameState): HTMLElement {
  const rounds = revealThinking(level, game);
  return h('section', { class: 'panel reveal-panel', 'aria-labelledby': 'reveal-title' },
    h('h2', { id: 'reveal-title', text: 'What the delegations were thinking' }),
    h('p', { class: 'help', text: 'Hidden during play. A delegation accepted a package only when it was worth at least what it needed that round and met what its public would ratify. What it needed fell toward its walk-away floor as time ran out, faster when it was hurting and trusted you.' }),
    h('div', { class: 'reveal-grid' }, ...SIDES.map((side) => sideTable(level, side, rounds))),
  );
}
