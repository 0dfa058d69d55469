// The settings screen's sensitivity switch: for students close to the conflict, softer incident
// text and a content note before play. Saved at once with the other settings.

import { h, uid } from './dom';
import { isSensitive, setSensitive } from './preferences';
import { t } from '../i18n/i18n';

/** A labelled checkbox "Sensitive mode" with its explanation. */
export function sensitivityToggle(): HTMLElement {
  const id = uid('sensitive');
  return h('div', { class: 'choice toggle' },
    h('input', {
      type: 'checkbox', id, checked: isSensitive(), 'data-focus': 'sensitive', 'aria-describedby': `${id}-help`,
      onchange: (e: Event) => setSensitive((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id, text: t('menu.settings.sensitive') }),
    h('span', { id: `${id}-help`, class: 'help', text: t('menu.settings.sensitiveHelp') }),
  );
}
