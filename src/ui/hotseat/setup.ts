// The menu's hot-seat setup: for each delegation, whether the computer plays it or a team in the
// room does ("Thailand played by: AI / a team"). A workshop can also share `?team=th`.

import { SIDES, type Level, type SideId } from '../../sim/level';
import { h, uid } from '../dom';
import { hotseat, type Player } from './state';
import { t } from '../../i18n/i18n';
import '../projector/projector.css';

const CHOICES: readonly Player[] = ['ai', 'team'];

function sideGroup(name: string, side: SideId): HTMLElement {
  return h('fieldset', { class: 'player-choice' },
    h('legend', { text: t('classroom.hotseat.playedBy', { side: name }) }),
    ...CHOICES.map((value) => {
      const c = { value, label: t(`classroom.hotseat.player.${value}`) };
      const id = uid(`player-${side}-${c.value}`);
      return h('div', { class: 'choice' },
        h('input', {
          type: 'radio', name: `player-${side}`, id, value: c.value, checked: hotseat.players[side] === c.value,
          'data-focus': `player-${side}-${c.value}`,
          onchange: () => { hotseat.players[side] = c.value; },
        }),
        h('label', { for: id, text: c.label }));
    }));
}

/** Two small radio groups, one per delegation, with a line on how hot-seat play works. */
export function hotseatSetup(level: Level | null): HTMLElement {
  return h('div', { class: 'hotseat-setup' },
    ...SIDES.map((s) => sideGroup(level?.sides[s].name ?? t(`classroom.hotseat.side.${s}`), s)),
    h('p', { class: 'help', text: t('classroom.hotseat.setupHelp') }));
}
