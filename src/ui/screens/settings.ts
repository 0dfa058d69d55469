// Settings: sound on or off, and an in-game text size (the canvas ignores browser zoom, the DOM
// follows both). Changes apply at once and persist.

import { button, h, heading, uid } from '../dom';
import type { ScreenContext } from '../context';

/** The text sizes offered, in percent. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

/** Settings screen: "Mute sound" checkbox, "Text size" radio group, Back. */
export function renderSettings(ctx: ScreenContext): HTMLElement {
  const { settings, send } = ctx;
  const muteId = uid('mute');
  const sizes = h('fieldset', { class: 'text-size' }, h('legend', { text: 'Text size' }));
  for (const size of TEXT_SIZES) {
    const id = uid(`text-${size}`);
    sizes.appendChild(h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'text-size', id, value: size, checked: settings.textSize() === size,
        'data-focus': `text-${size}`,
        onchange: () => settings.setTextSize(size),
      }),
      h('label', { for: id, text: `${size}%` }),
    ));
  }
  return h('section', { class: 'screen screen-settings panel', 'aria-labelledby': 'settings-title' },
    heading(1, 'Settings', 'settings-title'),
    h('div', { class: 'choice toggle' },
      h('input', {
        type: 'checkbox', id: muteId, checked: settings.muted(), 'data-focus': 'mute',
        onchange: (e: Event) => settings.setMuted((e.target as HTMLInputElement).checked),
      }),
      h('label', { for: muteId, text: 'Mute sound' }),
    ),
    sizes,
    h('div', { class: 'button-row' },
      button('Back', () => send({ type: 'CLOSE_SETTINGS' }), { class: 'primary', 'data-focus': 'back' })),
  );
}
