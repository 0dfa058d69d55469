// The settings screen's sensitivity switch: for students close to the conflict, softer incident
// text and a content note before play. Saved at once with the other settings.

import { h, uid } from './dom';
import { isSensitive, setSensitive } from './preferences';

/** A labelled checkbox "Sensitive mode" with its explanation. */
export function sensitivityToggle(): HTMLElement {
  const id = uid('sensitive');
  return h('div', { class: 'choice toggle' },
    h('input', {
      type: 'checkbox', id, checked: isSensitive(), 'data-focus': 'sensitive', 'aria-describedby': `${id}-help`,
      onchange: (e: Event) => setSensitive((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id, text: 'Sensitive mode' }),
    h('span', { id: `${id}-help`, class: 'help', text: 'For players close to the conflict: a content note before each scenario, and gentler incident reports that leave out who was hurt and how. The dated figures of briefings and the lives-lost meter stay, as reported.' }),
  );
}
