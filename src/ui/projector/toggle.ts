// The menu's "Projector view" switch: a checkbox a facilitator ticks before starting a game for the
// whole class (the same as opening the game with `?projector=1`).

import { h, uid } from '../dom';
import { projectorOn, setProjector } from './mode';
import { t } from '../../i18n/i18n';

/** A labelled checkbox with a one-line explanation. */
export function projectorToggle(): HTMLElement {
  const id = uid('projector');
  return h('div', { class: 'choice projector-toggle' },
    h('input', {
      type: 'checkbox', id, checked: projectorOn(), 'aria-describedby': `${id}-help`, 'data-focus': 'projector',
      onchange: (e: Event) => setProjector((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id, text: t('classroom.projector.label') }),
    h('span', { id: `${id}-help`, class: 'help', text: t('classroom.projector.help') }),
  );
}
