// Settings: sound on or off, music and effects volumes, reduced motion, high contrast, and an in-game text size
// (the canvas ignores browser zoom, the DOM follows both). Changes apply at once and persist.

import { button, h, heading, uid } from '../dom';
import type { ScreenContext } from '../context';
import { sensitivityToggle } from '../sensitivity-toggle';
import { contrastToggle } from '../contrast';
import { t } from '../../i18n/i18n';
import { percent } from '../say';

/** The text sizes offered, in percent. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

/** A labelled 0–100% slider for a 0..1 volume. */
function volume(label: string, key: string, value: number, set: (v: number) => void): HTMLElement {
  const id = uid(key);
  const out = h('output', { for: id, class: 'volume-value', text: percent(Math.round(value * 100) / 100) });
  return h('div', { class: 'volume' },
    h('label', { for: id, text: label }),
    h('input', {
      type: 'range', id, min: 0, max: 100, step: 5, value: Math.round(value * 100), 'data-focus': key,
      oninput: (e: Event) => {
        const v = Number((e.target as HTMLInputElement).value);
        out.textContent = percent(v / 100);
        set(v / 100);
      },
    }),
    out,
  );
}

/** The "Text size" radio group (100–200%); the pause dialog shows it too, under its own `name`. */
export function textSizeField(settings: ScreenContext['settings'], name = 'text-size'): HTMLElement {
  const sizes = h('fieldset', { class: 'text-size' }, h('legend', { text: t('menu.settings.textSize') }));
  for (const size of TEXT_SIZES) {
    const id = uid(`text-${size}`);
    sizes.appendChild(h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name, id, value: size, checked: settings.textSize() === size,
        'data-focus': `text-${size}`,
        onchange: () => settings.setTextSize(size),
      }),
      h('label', { for: id, text: percent(size / 100) }),
    ));
  }
  return sizes;
}

/** Settings screen: "Mute sound", volumes, "Reduce motion", "High contrast", "Text size", Back. */
export function renderSettings(ctx: ScreenContext): HTMLElement {
  const { settings, send } = ctx;
  const muteId = uid('mute');
  const motionId = uid('motion');
  return h('section', { class: 'screen screen-settings panel', 'aria-labelledby': 'settings-title' },
    heading(1, t('menu.settings.title'), 'settings-title'),
    h('div', { class: 'choice toggle' },
      h('input', {
        type: 'checkbox', id: muteId, checked: settings.muted(), 'data-focus': 'mute',
        onchange: (e: Event) => settings.setMuted((e.target as HTMLInputElement).checked),
      }),
      h('label', { for: muteId, text: t('menu.settings.mute') }),
    ),
    settings.sound && volume(t('menu.settings.musicVolume'), 'music-volume', settings.sound.musicVolume(), settings.sound.setMusicVolume),
    settings.sound && volume(t('menu.settings.effectsVolume'), 'effects-volume', settings.sound.effectsVolume(), settings.sound.setEffectsVolume),
    settings.motion && h('div', { class: 'choice toggle' },
      h('input', {
        type: 'checkbox', id: motionId, checked: settings.motion.reduced(), 'data-focus': 'motion',
        onchange: (e: Event) => settings.motion?.setReduced((e.target as HTMLInputElement).checked),
      }),
      h('label', { for: motionId, text: t('menu.settings.reduceMotion') }),
      h('p', { class: 'help', text: t('menu.settings.reduceMotionHelp') }),
    ),
    contrastToggle(),
    textSizeField(settings),
    sensitivityToggle(),
    h('div', { class: 'button-row' },
      button(t('menu.settings.back'), () => send({ type: 'CLOSE_SETTINGS' }), { class: 'primary', 'data-focus': 'back' })),
  );
}
